import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MatchPattern } from 'wxt/utils/match-patterns';
import meetingContentScript from '../../entrypoints/meeting.content';
import config from '../../wxt.config';
import { chromiumArgs } from '../../e2e/support/chromium';
import { FIXTURE_HOSTS } from '../../e2e/support/fixture-server';
import { createBackgroundService } from '../background/background-service';
import { openInterviewDatabase } from '../db/database';
import { parseBackup } from '../export/parse-backup';
import { parseMeetingUrl } from '../meeting/meeting-url';
import { readLayout } from '../settings/sidebar-layout-store';
import { MEETING_HOST_PATTERNS, MEETING_PAGE_PATTERNS, PLATFORM_IDS, PLATFORM_LIST, PLATFORMS } from '.';

/** A meeting link of each platform, as a person pastes it. */
const SAMPLE_MEETINGS: Record<(typeof PLATFORM_IDS)[number], string> = {
  meet: 'https://meet.google.com/abc-defg-hij',
  zoom: 'https://app.zoom.us/wc/81234567890/join',
  teams: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d',
  webex: 'https://acme.webex.com/meet/jane.doe',
};
const sampleMeetingUrl = (id: (typeof PLATFORM_IDS)[number]) => SAMPLE_MEETINGS[id];

/** A URL inside a match pattern, as the browser reads one. */
const matchesPattern = (pattern: string, url: string) => new MatchPattern(pattern).includes(url);

type ManifestFn = (env: { browser: string }) => {
  host_permissions: string[];
  web_accessible_resources: { matches: string[] }[];
  description: string;
};

describe('the platform table is the one list', () => {
  const manifest = (config.manifest as unknown as ManifestFn)({ browser: 'chrome' });

  it('host permissions and the sidebar frame matches are its hosts, nothing more', () => {
    expect(manifest.host_permissions).toEqual(MEETING_HOST_PATTERNS);
    expect(manifest.web_accessible_resources.flatMap((r) => r.matches)).toEqual(MEETING_HOST_PATTERNS);
    expect(manifest.description).toContain(PLATFORM_LIST);
  });

  it('every browser build is Manifest V3, whose web_accessible_resources keep their matches (MV2 drops them)', () => {
    expect(config.manifestVersion).toBe(3);
    const firefox = (config.manifest as unknown as ManifestFn)({ browser: 'firefox' });
    expect(firefox.web_accessible_resources).toEqual([{ resources: ['sidebar.html'], matches: MEETING_HOST_PATTERNS }]);
    // Chromium only: a per-session URL, so a page never sees the extension's stable id.
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['sidebar.html'], matches: MEETING_HOST_PATTERNS }]);
  });

  it("the content script runs on its pages, each inside the platform's hosts", () => {
    expect(meetingContentScript.matches).toEqual(MEETING_PAGE_PATTERNS);
    for (const platform of PLATFORMS) {
      for (const page of platform.pagePatterns) {
        const host = new URL(page.replace('*.', 'x.').replace(/\*$/, '')).hostname;
        expect(platform.isHost(host), `${page} is a ${platform.name} host`).toBe(true);
      }
    }
  });

  it("the backup accepts an interview of every platform (the extension's own backup restores), and no other", async () => {
    const db = openInterviewDatabase(`platforms-${crypto.randomUUID()}`);
    const service = createBackgroundService(db);
    for (const platform of PLATFORMS) await service.meetings.openInterview(parseMeetingUrl(sampleMeetingUrl(platform.id))!);
    const backup = await service.requests.exports.createBackup();
    expect(
      parseBackup(backup)
        .interviews.map((s) => s.platform)
        .sort(),
    ).toEqual([...PLATFORM_IDS].sort());
    const unknown = backup.replace('"platform":"meet"', '"platform":"skype"');
    expect(() => parseBackup(unknown)).toThrow(/interviews\[\d+\]\.platform/);
    await db.delete();
  });

  it('each platform has a look-alike page in the e2e suite and a test host that is its own', () => {
    for (const platform of PLATFORMS) {
      expect(
        existsSync(fileURLToPath(new URL(`../../e2e/fixtures/${platform.id}.js`, import.meta.url))),
        `e2e/fixtures/${platform.id}.js`,
      ).toBe(true);
      expect(platform.isHost(platform.testHost)).toBe(true);
    }
  });

  it('the e2e browser reaches every platform at its test host, and the fixture server answers for it', () => {
    const rules = chromiumArgs('/ext', 4443).find((a) => a.startsWith('--host-resolver-rules='));
    for (const platform of PLATFORMS) {
      expect(FIXTURE_HOSTS).toContain(platform.testHost);
      expect(rules).toContain(`MAP ${platform.testHost}:443 127.0.0.1:4443`);
    }
  });

  it("the UI names every platform, in the table's order, as a choice", () => {
    expect(PLATFORM_LIST).toBe('Google Meet, Zoom, Microsoft Teams, or Webex');
  });

  it("a meeting link of each platform is inside its content script's pages and its host permissions", () => {
    for (const platform of PLATFORMS) {
      const link = sampleMeetingUrl(platform.id);
      expect(
        platform.pagePatterns.some((pattern) => matchesPattern(pattern, link)),
        `${link} in ${platform.pagePatterns.join(' ')}`,
      ).toBe(true);
      expect(
        MEETING_HOST_PATTERNS.some((pattern) => matchesPattern(pattern, link)),
        `${link} in the host permissions`,
      ).toBe(true);
    }
  });

  it('look-alike hosts of every platform are not its hosts', () => {
    for (const platform of PLATFORMS) {
      expect(platform.isHost(`${platform.testHost}.evil.example`)).toBe(false);
      expect(parseMeetingUrl(`https://${platform.testHost}.evil.example/abc-defg-hij`)).toBeNull();
    }
  });

  it("the sidebar docks on the platform's side until the user chooses", async () => {
    fakeBrowser.reset();
    for (const platform of PLATFORMS) expect((await readLayout(platform.id)).dock).toBe(platform.defaultDock);
  });
});
