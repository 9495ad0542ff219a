import { describe, expect, it } from 'vitest';
import { parseMeetingUrl } from '../meeting/meeting-url';

const THREAD = '19%3ameeting_NjYxZDk0ZTYtMmQ5MS00ZDFi%40thread.v2';
const CODE = '19:meeting_NjYxZDk0ZTYtMmQ5MS00ZDFi@thread.v2/0';

describe('Microsoft Teams URLs', () => {
  it.each([
    [`https://teams.microsoft.com/l/meetup-join/${THREAD}/0?context=%7b%22Tid%22%3a%22x%22%7d`, CODE],
    [`https://teams.microsoft.com/l/meetup-join/${THREAD.replace('%3a', '%3A')}/0`, CODE],
    [`https://teams.microsoft.com/_#/l/meetup-join/${THREAD}/0?context=x&anon=true`, CODE],
    [`https://teams.cloud.microsoft/l/meetup-join/${THREAD}/0`, CODE],
    ['https://teams.live.com/meet/9398765432101?p=AbCdEf', '9398765432101'],
  ])('the join link %s names the meeting %s', (url, code) => {
    expect(parseMeetingUrl(url)).toMatchObject({ platform: 'teams', code, key: `teams:${code}` });
  });

  it('gives one meeting one key, whatever the host or the context', () => {
    const keys = [
      `https://teams.microsoft.com/l/meetup-join/${THREAD}/0?context=a`,
      `https://teams.cloud.microsoft/l/meetup-join/${THREAD}/0`,
      `https://teams.microsoft.com/_#/l/meetup-join/${THREAD}/0`,
    ].map((url) => parseMeetingUrl(url)?.key);
    expect(new Set(keys).size).toBe(1);
  });

  it.each([
    // In the call and on the home page the URL names no meeting.
    'https://teams.microsoft.com/v2/',
    'https://teams.microsoft.com/v2/?meetingjoin=true',
    'https://teams.microsoft.com/_#/calendarv2',
    'https://teams.microsoft.com/',
    'https://teams.live.com/v2/',
    'https://teams.live.com/meet/',
    'https://teams.microsoft.com/meet/9398765432101',
    'https://teams.microsoft.com/l/meetup-join/',
    `https://teams.microsoft.com/l/chat/${THREAD}/conversations`,
    // Look-alike hosts.
    `https://teams.microsoft.com.evil.example/l/meetup-join/${THREAD}/0`,
    'https://teams.live.com.evil.example/meet/9398765432101',
    `https://evilteams.microsoft.com/l/meetup-join/${THREAD}/0`,
    `https://microsoft.com/l/meetup-join/${THREAD}/0`,
    `http://teams.microsoft.com/l/meetup-join/${THREAD}/0`,
  ])('%s is not a meeting', (url) => {
    expect(parseMeetingUrl(url)).toBeNull();
  });
});
