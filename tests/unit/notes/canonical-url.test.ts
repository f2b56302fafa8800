import { describe, expect, it } from 'vitest';
import { canonicalArticleUrl } from '../../../lib/notes/canonical-url';

/** Every form a reader might arrive through, each with the key it must share with its siblings. */
const sameArticle: Record<string, string[]> = {
  'https://bbc.co.uk/news/articles/c0000000000o': [
    'https://www.bbc.co.uk/news/articles/c0000000000o',
    'http://www.bbc.co.uk/news/articles/c0000000000o',
    'https://www.bbc.co.uk/news/articles/c0000000000o/',
    'https://www.bbc.co.uk/news/articles/c0000000000o#comments',
    'https://www.bbc.co.uk/news/articles/c0000000000o?at_medium=RSS&at_campaign=rss',
    'https://www.bbc.co.uk/news/articles/c0000000000o?at_campaign=KARANGA&at_link_origin=BBC_News_Facebook',
    'https://www.bbc.com/news/articles/c0000000000o',
    'https://bbc.com/news/articles/c0000000000o?xtor=AL-72',
    'https://m.bbc.co.uk/news/articles/c0000000000o',
    'https://www.bbc.co.uk/news/articles/c0000000000o.amp',
    'https://www-bbc-co-uk.cdn.ampproject.org/c/s/www.bbc.co.uk/news/articles/c0000000000o.amp',
    'https://www.google.com/amp/s/www.bbc.co.uk/news/articles/c0000000000o.amp',
  ],
  'https://bbc.co.uk/news/uk-england-kent-12345678': [
    'https://www.bbc.co.uk/news/uk-england-kent-12345678',
    'https://www.bbc.co.uk/news/amp/uk-england-kent-12345678',
    'https://www.bbc.com/news/uk-england-kent-12345678?ocid=socialflow_twitter',
    'https://www.bbc.co.uk/news/uk-england-kent-12345678?fbclid=IwAR0abc&utm_source=facebook',
  ],
  'https://theguardian.com/society/2025/mar/04/council-childrens-services-inspection': [
    'https://www.theguardian.com/society/2025/mar/04/council-childrens-services-inspection',
    'https://amp.theguardian.com/society/2025/mar/04/council-childrens-services-inspection',
    'https://www.theguardian.com/society/2025/mar/04/council-childrens-services-inspection?CMP=Share_iOSApp_Other',
    'https://www.theguardian.com/society/2025/mar/04/council-childrens-services-inspection?CMP=share_btn_url#img-1',
  ],
  'https://independent.co.uk/news/uk/home-news/council-ofsted-b2700000.html': [
    'https://www.independent.co.uk/news/uk/home-news/council-ofsted-b2700000.html',
    'https://www.independent.co.uk/news/uk/home-news/council-ofsted-b2700000.html?amp',
    'https://www.independent.co.uk/news/uk/home-news/council-ofsted-b2700000.html?amp=1&utm_medium=Social',
  ],
  'https://mirror.co.uk/news/uk-news/council-care-failings-31000000': [
    'https://www.mirror.co.uk/news/uk-news/council-care-failings-31000000',
    'https://www.mirror.co.uk/news/uk-news/council-care-failings-31000000.amp',
    'https://www.mirror.co.uk/news/uk-news/council-care-failings-31000000?int_source=nba&ico=more_stories',
  ],
  'https://dailymail.co.uk/news/article-14000000/council-inspection.html': [
    'https://www.dailymail.co.uk/news/article-14000000/amp/council-inspection.html',
    'https://www.dailymail.co.uk/news/article-14000000/council-inspection.html?ito=social-twitter_mailonline',
  ],
  'https://news.sky.com/story/council-inquiry-13300000': [
    'https://news.sky.com/story/council-inquiry-13300000',
    'https://news.sky.com/story/amp/council-inquiry-13300000',
    'https://news.sky.com/story/council-inquiry-13300000?dcmp=snt-sf-twitter',
  ],
  'https://telegraph.co.uk/news/2025/01/10/council-social-care-budget': [
    'https://www.telegraph.co.uk/news/2025/01/10/council-social-care-budget/',
    'https://www.telegraph.co.uk/news/2025/01/10/council-social-care-budget/amp/',
    'https://mobile.telegraph.co.uk/news/2025/01/10/council-social-care-budget/',
  ],
  'https://manchestereveningnews.co.uk/news/greater-manchester-news/council-plan-29000000': [
    'https://www.manchestereveningnews.co.uk/news/greater-manchester-news/council-plan-29000000',
    'https://www.manchestereveningnews.co.uk/news/greater-manchester-news/council-plan-29000000.amp',
    'https://www.manchestereveningnews.co.uk/news/greater-manchester-news/council-plan-29000000?utm_source=twitter.com&utm_medium=social&utm_campaign=sharebar',
  ],
};

describe('canonical article URL', () => {
  for (const [key, forms] of Object.entries(sameArticle)) {
    it(`gives every form of ${new URL(key).hostname} the same key`, () => {
      expect(canonicalArticleUrl(key)).toBe(key);
      for (const form of forms) expect(canonicalArticleUrl(form), form).toBe(key);
    });
  }

  it('gives a key that is its own key, so keys can be canonicalised again safely (on import)', () => {
    for (const form of Object.values(sameArticle).flat()) {
      const key = canonicalArticleUrl(form);
      expect(canonicalArticleUrl(key)).toBe(key);
    }
  });

  it('keeps the parameters that pick the article, in a stable order', () => {
    expect(canonicalArticleUrl('https://www.example-news.co.uk/story.php?page=2&id=991&utm_source=x')).toBe(
      'https://example-news.co.uk/story.php?id=991&page=2',
    );
    expect(canonicalArticleUrl('https://example-news.co.uk/story.php?page=2&id=991')).not.toBe(
      canonicalArticleUrl('https://example-news.co.uk/story.php?page=3&id=991'),
    );
  });

  it('keeps BBC pages outside news and sport on their own domain', () => {
    expect(canonicalArticleUrl('https://www.bbc.com/future/article/20250101-story')).toBe(
      'https://bbc.com/future/article/20250101-story',
    );
    expect(canonicalArticleUrl('https://www.bbc.com/sport/football/articles/c1111111111o')).toBe(
      'https://bbc.co.uk/sport/football/articles/c1111111111o',
    );
  });

  it('never strips a host down to a bare suffix or changes path case', () => {
    expect(canonicalArticleUrl('https://m.example/News/Story-One')).toBe('https://m.example/News/Story-One');
    expect(canonicalArticleUrl('https://amp.co.uk/a')).toBe('https://amp.co.uk/a');
  });

  it('leaves anything that is not a web address as it was', () => {
    expect(canonicalArticleUrl('about:blank')).toBe('about:blank');
    expect(canonicalArticleUrl('not a url')).toBe('not a url');
  });
});
