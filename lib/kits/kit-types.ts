/** One question of an interview kit. `id` is stable so notes survive edits that reorder questions. */
export interface KitQuestion {
  id: string;
  text: string;
  guidance?: string;
  sampleAnswer?: string;
  /** Time budget for this question; the interview's planned length is split over the rest. */
  minutes?: number;
}

/** What a kit says, independent of where it is stored. Sessions keep a copy of this (a snapshot). */
export interface KitContent {
  title: string;
  role?: string;
  description?: string;
  questions: KitQuestion[];
  goodCandidate?: string;
  redFlags: string[];
  /** The page or file the kit was imported from (an http(s) address), kept to find it again. */
  sourceUrl?: string;
}

export type KitOrigin = 'bundled' | 'user';

export interface Kit extends KitContent {
  id: string;
  origin: KitOrigin;
  /** For bundled kits: bumped when the shipped text changes, so an update can refresh it. */
  bundledVersion?: number;
  createdAt: number;
  updatedAt: number;
}
