import { describe, expect, it } from 'vitest';
import { parseMeetingUrl } from './meeting-url';

describe('parseMeetingUrl', () => {
  it.each([
    ['https://meet.google.com/abc-defg-hij', 'meet', 'abc-defg-hij'],
    ['https://meet.google.com/abc-defg-hij?authuser=1&hs=122', 'meet', 'abc-defg-hij'],
    ['https://meet.google.com/ABC-DEFG-HIJ/', 'meet', 'abc-defg-hij'],
    ['https://app.zoom.us/wc/81234567890/join', 'zoom', '81234567890'],
    ['https://app.zoom.us/wc/81234567890/join?fromPWA=1&pwd=x', 'zoom', '81234567890'],
    ['https://us05web.zoom.us/wc/81234567890/start', 'zoom', '81234567890'],
    ['https://acme.zoom.us/wc/join/81234567890', 'zoom', '81234567890'],
  ])('%s is a %s meeting with code %s', (url, platform, code) => {
    expect(parseMeetingUrl(url)).toMatchObject({ platform, code, key: `${platform}:${code}` });
  });

  it.each([
    'https://meet.google.com/',
    'https://meet.google.com/landing',
    'https://meet.google.com/new',
    'https://meet.google.com/_meet/abc-defg-hij',
    'https://app.zoom.us/wc/home',
    'https://app.zoom.us/wc/leave',
    'https://app.zoom.us/wc/123/join',
    'https://zoom.us.evil.example/wc/81234567890/join',
    'https://evilzoom.us/wc/81234567890/join',
    'http://meet.google.com/abc-defg-hij',
    'chrome://newtab/',
    'not a url',
    undefined,
  ])('%s is not a meeting', (url) => {
    expect(parseMeetingUrl(url)).toBeNull();
  });

  it('gives the same key to the same meeting whatever its query string', () => {
    const a = parseMeetingUrl('https://meet.google.com/abc-defg-hij?authuser=0');
    const b = parseMeetingUrl('https://meet.google.com/abc-defg-hij');
    expect(a?.key).toBe(b?.key);
    expect(a?.url).toBe('https://meet.google.com/abc-defg-hij');
  });
});
