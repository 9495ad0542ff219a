import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// findBy*/waitFor wait for something to appear; on a loaded 2-core machine a round trip through
// the in-process client can pass the default 1 s. Waiting longer for a signal costs nothing when
// it comes at once. Timing promises (a keystroke sent at once, no debounce) are asserted with
// fake timers in hooks/use-draft-field.test.tsx and lib/drafts/draft-writer.test.ts, not here.
configure({ asyncUtilTimeout: 5_000 });
