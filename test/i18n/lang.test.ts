import { describe, expect, it } from 'vitest';
import { chooseLang, langOfLocale, localeLang } from '../../src/util/lang.js';

describe('choosing the language', () => {
  it('reads locales leniently: any Chinese is zh-CN, any English en, others nothing', () => {
    expect(['zh_CN.UTF-8', 'zh_CN', 'zh-CN', 'zh', 'zh_TW.UTF-8', 'zh_Hans', 'ZH-cn', 'zh_CN.GB18030@pinyin'].map(langOfLocale)).toEqual(Array(8).fill('zh-CN'));
    expect(['en_US.UTF-8', 'en', 'en_GB'].map(langOfLocale)).toEqual(['en', 'en', 'en']);
    expect(['fr_FR.UTF-8', 'de', ''].map(langOfLocale)).toEqual([undefined, undefined, undefined]);
  });

  it('consults LC_ALL, then LC_MESSAGES, then LANG; C, POSIX and empty count as unset; another language is English', () => {
    expect(localeLang({ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(localeLang({ LC_ALL: 'C', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(localeLang({ LC_ALL: '', LC_MESSAGES: 'POSIX', LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(localeLang({ LC_ALL: 'C.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(localeLang({ LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(localeLang({ LANG: 'C' })).toBeUndefined();
    expect(localeLang({})).toBeUndefined();
  });

  it('puts --lang first, then the config, then CLAUSECHECK_LANG, then the locale, then English', () => {
    const env = { CLAUSECHECK_LANG: 'zh-CN', LANG: 'en_US.UTF-8' };
    expect(chooseLang({ flag: 'en', config: 'zh-CN', env })).toEqual({ lang: 'en', source: 'flag' });
    expect(chooseLang({ config: 'en', env })).toEqual({ lang: 'en', source: 'config' });
    expect(chooseLang({ env })).toEqual({ lang: 'zh-CN', source: 'CLAUSECHECK_LANG' });
    expect(chooseLang({ env: { LANG: 'zh_CN.UTF-8' } })).toEqual({ lang: 'zh-CN', source: 'locale' });
    expect(chooseLang({ env: { LC_ALL: 'C' } })).toEqual({ lang: 'en', source: 'default' });
    expect(chooseLang({ env: { CLAUSECHECK_LANG: 'zh_CN.UTF-8' } })).toEqual({ lang: 'zh-CN', source: 'CLAUSECHECK_LANG' });
  });

  it('reports a CLAUSECHECK_LANG that names no language and falls back to the locale', () => {
    expect(chooseLang({ env: { CLAUSECHECK_LANG: 'klingon', LANG: 'zh_CN.UTF-8' } })).toEqual({ lang: 'zh-CN', source: 'locale', badVariable: 'klingon' });
  });
});
