import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const DATABASE_RULE_MESSAGE =
  'Only the background opens the database. Use the data client (hooks/use-data-client.ts) and useLive for live data.';
const DEXIE_ONLY_IN_BACKGROUND = { name: 'dexie', message: DATABASE_RULE_MESSAGE };
const DATABASE_MODULE_ONLY_IN_BACKGROUND = { group: ['**/db/*', '**/db/migrations/*', '@/lib/db/*'], message: DATABASE_RULE_MESSAGE };
const noRawHtml = { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Text is data: no raw HTML.' };

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'e2e/.artifacts/**', '.stryker-tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Text is data: user and kit text must never be parsed as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text with React or textContent.' },
        { property: 'outerHTML', message: 'Render text with React or textContent.' },
        { property: 'insertAdjacentHTML', message: 'Render text with React or textContent.' },
      ],
      'no-restricted-syntax': ['error', noRawHtml],
    },
  },
  // Casts that silence the compiler hide a drift between two declarations; derive the type instead.
  {
    files: ['{lib,components,hooks,entrypoints}/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', '**/*.test-support.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        noRawHtml,
        {
          selector: "TSAsExpression > TSAsExpression[typeAnnotation.type='TSUnknownKeyword']",
          message: 'No `as unknown as`: derive the type from its one declaration, or narrow with a type guard.',
        },
        {
          selector: "TSAsExpression[typeAnnotation.type='TSNeverKeyword']",
          message: 'No `as never`: derive the type from its one declaration, or narrow with a type guard.',
        },
      ],
    },
  },
  // Layers (docs/architecture.md): only the background opens the database; domain modules are
  // composed by the background and never reach back into it.
  {
    files: [
      'components/**/*.{ts,tsx}',
      'hooks/**/*.{ts,tsx}',
      'entrypoints/**/*.{ts,tsx}',
      'lib/content/**/*.ts',
      'lib/client/extension-client.ts',
    ],
    ignores: ['entrypoints/background.ts', '**/*.test.{ts,tsx}', '**/*.test-support.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [DEXIE_ONLY_IN_BACKGROUND],
          patterns: [DATABASE_MODULE_ONLY_IN_BACKGROUND],
        },
      ],
    },
  },
  // The meeting page pays for every byte of the content script (README, Performance). The same
  // database rule as above (a later rule replaces an earlier one), and no storage library.
  {
    files: ['entrypoints/meeting.content.ts', 'lib/content/**/*.ts'],
    ignores: ['**/*.test.{ts,tsx}', '**/*.test-support.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            DEXIE_ONLY_IN_BACKGROUND,
            ...['wxt/utils/storage', '@wxt-dev/storage', '@/lib/settings/appearance'].map((name) => ({
              name,
              message:
                'The storage library would add about 3 kB gzipped to the meeting page: read storage.local directly (lib/settings/call-start.ts reads the "on a call" setting).',
            })),
          ],
          patterns: [DATABASE_MODULE_ONLY_IN_BACKGROUND],
        },
      ],
    },
  },
  {
    files: ['lib/{interviews,kits,export,meeting,settings,platforms,drafts,keyboard,text,stores}/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test-support.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/background/*', '@/lib/background/*'],
              message:
                'Domain modules never import the background; the background composes them (lib/background/background-service.ts). Move what both need into the domain folder.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Formatting is Prettier's (npm run format:check); lint keeps to what formatting cannot say.
  prettier,
);
