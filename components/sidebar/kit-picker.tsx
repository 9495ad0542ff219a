import { useState } from 'react';
import { useDataClient } from '@/hooks/use-data-client';
import { useLive } from '@/hooks/use-live';
import type { InterviewSession } from '@/lib/interviews/interview-types';

interface KitPickerProps {
  session: InterviewSession;
  /** False once the interview holds notes, ratings or red flags: the kit is then fixed. */
  changeable: boolean;
}

/** The interview's kit: a picker while it can still change, its title afterwards. */
export function KitPicker({ session, changeable }: KitPickerProps) {
  const client = useDataClient();
  const kits = useLive('kits', {});
  const [error, setError] = useState<string>();

  if (!changeable || kits.status !== 'ready') return <p className="kit-title">{session.kit.title}</p>;
  const options = [...kits.value].sort((a, b) => a.title.localeCompare(b.title));
  const known = options.some((k) => k.id === session.kitId);

  return (
    <div className="kit-picker">
      <select
        aria-label="Interview kit"
        title="The kit can change until the first note, rating or red flag"
        value={session.kitId}
        onChange={(e) =>
          client.interviews.chooseInterviewKit(session.id, e.target.value).then(
            () => setError(undefined),
            (err: Error) => setError(err.message),
          )
        }
      >
        {!known && <option value={session.kitId}>{session.kit.title}</option>}
        {(['user', 'bundled'] as const).map((origin) => {
          const group = options.filter((kit) => kit.origin === origin);
          if (!group.length) return null;
          return (
            <optgroup key={origin} label={origin === 'bundled' ? 'Bundled kits' : 'Your kits'}>
              {group.map((kit) => (
                <option key={kit.id} value={kit.id}>
                  {kit.title}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
