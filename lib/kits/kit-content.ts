import type { Kit, KitContent } from './kit-types';

/** A kit's content without where it is stored: every content field, whatever fields the record gains. */
export function kitContentOf(kit: Kit): KitContent {
  const { id: _id, origin: _origin, bundledVersion: _version, createdAt: _created, updatedAt: _updated, ...content } = kit;
  return content;
}
