import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/weather-widgets';
import { PROSE, paras, run, VI_PROSE } from './helpers';

describe('weather-widgets', () => {
  it('removes a "Thời tiết" widget with a city picker and a temperature', () => {
    const r = run(rule, `${paras(VI_PROSE)}<div class="box-sidebar box-weather"><h3 class="box-title"><span>Thời tiết</span></h3>
      <select><option>TP. Thanh Hóa</option><option>Sầm Sơn</option></select>
      <div class="weather-now"><span class="weather-temp">33<sup>o</sup>C</span><span>Nhiều mây</span><span>Độ ẩm: 68%</span></div></div>`, { lang: 'vi' });
    for (const s of ['Thời tiết', 'Độ ẩm', 'Sầm Sơn']) expect(r.text).not.toContain(s);
    for (const p of VI_PROSE) expect(r.text).toContain(p);
  });

  it('removes a header weather strip by its class and temperature', () => {
    const r = run(rule, `<div class="header-weather"><span class="wx-location">Kellerton, OH</span><span class="wx-temp">58°F</span><span>Partly Cloudy</span></div>${paras(PROSE)}`);
    expect(r.text).not.toContain('58°F');
  });

  it('keeps prose about the weather, even under a "Weather" heading', () => {
    const hot = 'Temperatures reached 40°C in Hanoi on Tuesday, the highest since records began, and the city opened cooling centres in 12 districts.';
    const r = run(rule, `${paras(PROSE)}<h3>Weather</h3><p>${hot}</p>`);
    expect(r.text).toContain(hot);
    expect(r.text).toContain('Weather');
  });
});
