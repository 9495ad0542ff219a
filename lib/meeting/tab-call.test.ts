import { describe, expect, it } from 'vitest';
import { parseMeetingUrl } from './meeting-url';
import { tabCallAt, unnamedCallPlatform, unnamedMeeting, type TabCall } from './tab-call';

const JOIN = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=x';
const joined: TabCall = { platform: 'teams', meeting: parseMeetingUrl(JOIN) };

describe('the call a tab is in', () => {
  it('is the meeting its URL names, whatever was remembered', () => {
    expect(tabCallAt(JOIN, undefined)).toEqual(joined);
    const other = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_xyz%40thread.v2/0';
    expect(tabCallAt(other, joined)?.meeting?.code).toBe('19:meeting_xyz@thread.v2/0');
  });

  it('stays the joined meeting when the URL stops naming it on the same platform', () => {
    expect(tabCallAt('https://teams.microsoft.com/v2/', joined)).toEqual(joined);
    expect(tabCallAt('https://teams.microsoft.com/_#/calendarv2', joined)).toEqual(joined);
  });

  it('is no call without a memory, on another platform, or off the platform', () => {
    expect(tabCallAt('https://teams.microsoft.com/v2/', undefined)).toBeNull();
    expect(tabCallAt('https://teams.live.com/v2/', joined)).toEqual(joined);
    expect(tabCallAt('https://acme.webex.com/webappng/sites/acme/meeting', joined)).toBeNull();
    expect(tabCallAt('https://example.com/', joined)).toBeNull();
    expect(tabCallAt('https://teams.microsoft.com.evil.example/v2/', joined)).toBeNull();
    expect(tabCallAt(undefined, joined)).toBeNull();
  });

  it("leaves a platform's landing pages out of the call", () => {
    const meet: TabCall = { platform: 'meet', meeting: parseMeetingUrl('https://meet.google.com/abc-defg-hij') };
    expect(tabCallAt('https://meet.google.com/', meet)).toBeNull();
    const zoom: TabCall = { platform: 'zoom', meeting: parseMeetingUrl('https://app.zoom.us/wc/81234567890/join') };
    expect(tabCallAt('https://app.zoom.us/wc/leave', zoom)).toBeNull();
    expect(tabCallAt('https://app.zoom.us/wc/81234567890/meeting', zoom)).toEqual(zoom);
  });

  it('keeps the chooser state (no meeting yet) on its platform', () => {
    const asked: TabCall = { platform: 'teams', meeting: null };
    expect(tabCallAt('https://teams.microsoft.com/v2/', asked)).toEqual(asked);
  });

  it('knows which pages may be a call that names no meeting', () => {
    expect(unnamedCallPlatform('https://teams.microsoft.com/v2/')).toBe('teams');
    expect(unnamedCallPlatform('https://acme.webex.com/')).toBeNull();
    expect(unnamedCallPlatform('https://meet.google.com/')).toBeNull();
    expect(unnamedCallPlatform('not a url')).toBeNull();
    expect(unnamedCallPlatform('http://teams.microsoft.com/v2/')).toBeNull();
  });

  it('gives a chosen new interview a meeting of its own', () => {
    const a = unnamedMeeting('teams', 'https://teams.microsoft.com/v2/?x=1', 'a1');
    expect(a).toEqual({ platform: 'teams', code: 'call-a1', key: 'teams:call-a1', url: 'https://teams.microsoft.com' });
    expect(unnamedMeeting('teams', 'https://teams.microsoft.com/v2/', 'b2').key).not.toBe(a.key);
  });
});
