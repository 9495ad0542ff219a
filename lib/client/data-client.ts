import type { SaveNoteInput } from '../interviews/interview-service';
import type { Kit, KitContent } from '../kits/kit-types';
import type { LiveParams, LiveQueryName, LiveResult } from '../messaging/live-queries';
import type { OpenTabInterviewResult } from '../messaging/protocol';

export interface LiveObserver<T> {
  next: (value: T) => void;
  error: (message: string) => void;
}

/**
 * What every surface (in-page sidebar, side panel, dashboard) may ask of the data. The extension
 * implementation talks to the background; tests use one that runs the same service in process.
 */
export interface DataClient {
  openTabInterview(): Promise<OpenTabInterviewResult>;
  setCurrentQuestion(sessionId: string, index: number): Promise<void>;
  saveNote(input: SaveNoteInput): Promise<void>;
  createKit(content: KitContent): Promise<Kit>;
  updateKit(id: string, content: KitContent): Promise<Kit>;
  duplicateKit(id: string): Promise<Kit>;
  /** Resolves to the deleted kit, which restoreKit puts back (Undo). */
  deleteKit(id: string): Promise<Kit>;
  restoreKit(kit: Kit): Promise<Kit>;
  subscribe<N extends LiveQueryName>(
    query: N,
    params: LiveParams<N>,
    observer: LiveObserver<LiveResult<N>>,
  ): () => void;
}
