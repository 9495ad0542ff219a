import { z } from 'zod';
import { MAX_TEXT_LENGTH } from '../interviews/limits';

/**
 * A kit as it is stored, backed up and exported: the one declaration of its shape. The types in
 * lib/kits/kit-types.ts are inferred from it; the importers' schema (lib/kits/kit-schema.ts), which
 * also normalises text, must cover exactly these fields (the compiler checks).
 */
const text = z.string().max(MAX_TEXT_LENGTH);
const time = z.number();

/** One question. `id` is stable so notes survive edits that reorder questions. */
export const kitQuestionRecord = z.strictObject({
  id: z.string().min(1),
  text,
  guidance: text.optional(),
  sampleAnswer: text.optional(),
  /** Time budget for this question; the interview's planned length is split over the rest. */
  minutes: z.number().positive().optional(),
});

/** What a kit says, independent of where it is stored. Interviews keep a copy of this (a snapshot). */
export const kitContentRecord = z.strictObject({
  title: text,
  role: text.optional(),
  description: text.optional(),
  questions: z.array(kitQuestionRecord),
  goodCandidate: text.optional(),
  redFlags: z.array(text),
  /** The page or file the kit was imported from (an http(s) address), kept to find it again. */
  sourceUrl: text.optional(),
});

export const KIT_ORIGINS = ['bundled', 'user'] as const;

export const kitRecord = kitContentRecord.extend({
  id: z.string().min(1),
  origin: z.enum(KIT_ORIGINS),
  /** For bundled kits: bumped when the shipped text changes, so an update can refresh it. */
  bundledVersion: z.number().int().optional(),
  createdAt: time,
  updatedAt: time,
});

/** The content fields of a kit, in the schema's order. */
export const KIT_CONTENT_FIELDS = kitContentRecord.keyof().options;
