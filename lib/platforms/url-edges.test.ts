import { describe, expect, it } from 'vitest';
import { parseMeetingUrl } from '../meeting/meeting-url';

// Each rule is anchored at both ends and reads exactly its parts: a path with something before or
// after a meeting's path is another page (a help article, a recording), not that meeting.
describe('URL rules at their edges', () => {
  it.each([
    ['https://meet.google.com/abc-defg-hij', 'abc-defg-hij'],
    ['https://app.zoom.us/wc/81234567890', '81234567890'],
    ['https://app.zoom.us/wc/81234567890/', '81234567890'],
    ['https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/12', '19:meeting_abc@thread.v2/12'],
    ['https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0#/conversations', '19:meeting_abc@thread.v2/0'],
    ['https://teams.live.com/meet/9312345678901?p=abc', '9312345678901'],
    ['https://acme.webex.com/meet/jane.doe/', 'acme.webex.com/meet/jane.doe'],
  ])('%s names %s', (url, code) => {
    expect(parseMeetingUrl(url)?.code).toBe(code);
  });

  it.each([
    'https://meet.google.com/abc-defg-hij/recording',
    'https://app.zoom.us/x/wc/81234567890',
    'https://app.zoom.us/wc/81234567890/joined',
    'https://app.zoom.us/x/wc/join/81234567890',
    'https://app.zoom.us/wc/join/81234567890/x',
    'https://teams.microsoft.com/help/l/meetup-join/19%3ameeting_abc%40thread.v2/0',
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0/details',
    'https://teams.live.com/x/meet/9312345678901',
    'https://teams.live.com/meet/9312345678901/x',
    'https://acme.webex.com/help/meet/jane.doe',
    'https://acme.webex.com/meet/jane.doe/recordings',
    'https://acme.webex.com/x/acme/j.php?MTID=m1a2b3c4d5e6f7081',
    'https://acme.webex.com/acme/j.php.bak?MTID=m1a2b3c4d5e6f7081',
    'https://acme.webex.com/acme/j.php?MTID=xm1a2b3c4d5e6f7081',
    'https://acme.webex.com/acme/j.php?MTID=m1a2b3c4d5e6f7081zz',
  ])('%s is not a meeting', (url) => {
    expect(parseMeetingUrl(url)).toBeNull();
  });
});
