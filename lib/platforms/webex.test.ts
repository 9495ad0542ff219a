import { describe, expect, it } from 'vitest';
import { parseMeetingUrl } from '../meeting/meeting-url';

describe('Webex URLs', () => {
  it.each([
    ['https://acme.webex.com/meet/jane.doe', 'acme.webex.com/meet/jane.doe'],
    ['https://acme.webex.com/meet/Jane.Doe?launchApp=true', 'acme.webex.com/meet/jane.doe'],
    ['https://acme.webex.com/acme/j.php?MTID=m1a2b3c4d5e6f708192a3b4c5d6e7f809', 'acme.webex.com/m1a2b3c4d5e6f708192a3b4c5d6e7f809'],
    ['https://meetings.webex.com/meetings/j.php?MTID=MABCDEF0123&from=email', 'meetings.webex.com/mabcdef0123'],
  ])('the join link %s names the meeting %s', (url, code) => {
    expect(parseMeetingUrl(url)).toMatchObject({ platform: 'webex', code, key: `webex:${code}` });
  });

  it('the same room on two sites is two meetings', () => {
    expect(parseMeetingUrl('https://acme.webex.com/meet/jane')?.key).not.toBe(parseMeetingUrl('https://other.webex.com/meet/jane')?.key);
  });

  it.each([
    'https://acme.webex.com/',
    'https://acme.webex.com/webappng/sites/acme/dashboard',
    'https://acme.webex.com/meet/',
    'https://acme.webex.com/acme/j.php',
    'https://acme.webex.com/acme/j.php?MTID=',
    'https://acme.webex.com/acme/j.php?MTID=not-an-id',
    'https://webex.com/meet/jane',
    'https://acme.webex.com.evil.example/meet/jane',
    'https://acmewebex.com/meet/jane',
    'https://acme.webex.com.evil.example/acme/j.php?MTID=m1a2b3c4d5e6f7081',
    'http://acme.webex.com/meet/jane',
  ])('%s is not a meeting', (url) => {
    expect(parseMeetingUrl(url)).toBeNull();
  });
});
