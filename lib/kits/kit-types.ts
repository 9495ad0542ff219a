import type { z } from 'zod';
import type { KIT_ORIGINS, kitContentRecord, kitQuestionRecord, kitRecord } from '../records/kit-record';

// Types only, so a surface importing them pays nothing for zod. The shapes are declared once, in
// lib/records/kit-record.ts.
export type KitQuestion = z.infer<typeof kitQuestionRecord>;
export type KitContent = z.infer<typeof kitContentRecord>;
export type KitOrigin = (typeof KIT_ORIGINS)[number];
export type Kit = z.infer<typeof kitRecord>;
