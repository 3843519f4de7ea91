import { describe, expect, it } from 'vitest';
import { exportFileName, slugify } from './file-name';

const JAN_2021 = Date.UTC(2021, 0, 1);
const SEP_2024 = Date.UTC(2024, 8, 1);

describe('exportFileName', () => {
  it('joins the slug of the title, the range in months and the extension', () => {
    expect(exportFileName('US diplomacy in Asia, 2021 & 2024', JAN_2021, SEP_2024, 'png')).toBe(
      'us-diplomacy-in-asia-2021-2024_2021-01_2024-08.png',
    );
  });

  it('treats the end as exclusive but never names a month before the start', () => {
    expect(exportFileName('t', JAN_2021, Date.UTC(2021, 1, 1), 'svg')).toBe('t_2021-01_2021-01.svg');
    expect(exportFileName('t', JAN_2021, JAN_2021, 'pdf')).toBe('t_2021-01_2021-01.pdf');
  });

  it('keeps only characters every file system accepts', () => {
    const name = exportFileName('CON: a/b\\c*?"<>| ..', JAN_2021, SEP_2024, 'png');
    expect(name).toMatch(/^[a-z0-9-]+_\d{4}-\d{2}_\d{4}-\d{2}\.png$/);
    expect(name.startsWith('con-a-b-c_')).toBe(true);
  });

  it('falls back to "timeline" when nothing of the title survives', () => {
    expect(exportFileName('漢字 !!!', JAN_2021, SEP_2024, 'png')).toBe('timeline_2021-01_2024-08.png');
  });

  it('caps the name at 120 characters and keeps the range and extension', () => {
    const name = exportFileName('word '.repeat(100), JAN_2021, SEP_2024, 'pdf');
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith('-_2021-01_2024-08.pdf')).toBe(false);
    expect(name.endsWith('_2021-01_2024-08.pdf')).toBe(true);
  });

  it('spells years before 1 AD without a minus sign', () => {
    const bc = new Date(0);
    bc.setUTCFullYear(-499, 2, 1);
    expect(exportFileName('Ancient', bc.getTime(), JAN_2021, 'png')).toBe('ancient_500BC-03_2020-12.png');
  });
});

describe('slugify', () => {
  it('folds accents', () => {
    expect(slugify('Zoë Müller in São Paulo')).toBe('zoe-muller-in-sao-paulo');
  });
});
