import { expect, it } from 'vitest';
import { EMPTY_SITE_SETTINGS, isSiteOn, siteOf, withSite } from '../../../lib/site-settings';

it('names a site by its host without www', () => {
  expect(siteOf('https://www.bbc.co.uk/news/articles/x?y=1')).toBe('bbc.co.uk');
  expect(siteOf('chrome://extensions')).toBeNull();
  expect(siteOf('not a url')).toBeNull();
});

it('is on by default on listed news sites and their subdomains, off elsewhere', () => {
  expect(isSiteOn(EMPTY_SITE_SETTINGS, 'bbc.co.uk')).toBe(true);
  expect(isSiteOn(EMPTY_SITE_SETTINGS, 'news.sky.com')).toBe(true);
  // The Bradford paper's host has a leading "the": listed without it, the extension never ran there.
  expect(isSiteOn(EMPTY_SITE_SETTINGS, 'www.thetelegraphandargus.co.uk')).toBe(true);
  expect(isSiteOn(EMPTY_SITE_SETTINGS, 'example.org')).toBe(false);
  expect(isSiteOn(EMPTY_SITE_SETTINGS, 'notbbc.co.uk')).toBe(false);
});

it('remembers a reader switching a listed site off and another site on', () => {
  let settings = withSite(EMPTY_SITE_SETTINGS, 'bbc.co.uk', false);
  settings = withSite(settings, 'localnews.example', true);
  expect(isSiteOn(settings, 'bbc.co.uk')).toBe(false);
  expect(isSiteOn(settings, 'localnews.example')).toBe(true);
  settings = withSite(withSite(settings, 'bbc.co.uk', true), 'localnews.example', false);
  expect(settings).toEqual(EMPTY_SITE_SETTINGS);
});
