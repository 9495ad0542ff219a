import { describe, expect, it } from 'vitest';
import { backendEngineerKit } from './bundled/backend-engineer';
import { exportKit } from './kit-export';
import { importKit } from './kit-import';

describe('exportKit', () => {
  const stored = { ...backendEngineerKit, id: 'bundled:x', origin: 'bundled' as const, createdAt: 1, updatedAt: 2 };

  it('writes content only, in files that import back to the same kit', () => {
    for (const format of ['markdown', 'json'] as const) {
      const file = exportKit(stored, format);
      expect(file.fileName).toBe(format === 'json' ? 'backend-engineer.json' : 'backend-engineer.md');
      expect(file.text).not.toContain('bundled:x');
      expect(importKit(file.text, file.fileName)).toMatchObject({ ok: true, kit: backendEngineerKit });
    }
  });
});
