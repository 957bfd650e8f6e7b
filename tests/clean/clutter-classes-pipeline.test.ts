/**
 * The clutter classes of issue #18 through the whole pipeline (pre rules, Readability, post rules) on pages of our
 * own: what each rule's test shows on a body alone must also hold when the page around it is there.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../src/node/index';

const EN_BODY = [
  'The Kellerton City Council on Tuesday approved a $4.2 million renovation of the Riverside branch library, ending nearly two years of debate over the building and its leaking roof.',
  'The council voted 4-1 to award the contract to Hollis &amp; Ward Construction, with Tully casting the lone vote against, after a two-hour public hearing that drew dozens of residents.',
  'Okafor said construction is expected to begin in March and take about 14 months, while the collection moves to a temporary space on Elm Avenue near the old post office.',
  'Residents who spoke at the hearing mostly backed the plan, though several asked the council to keep the building’s reading garden open during the work.',
  'The library’s board will meet next week to choose the furniture for the new reading room, which will open with the rest of the building in the spring of next year.',
];
const VI_BODY = [
  'Chiều 16/3, đoàn công tác Bộ Nông nghiệp và Phát triển nông thôn đã làm việc với UBND tỉnh Quảng Bình về công tác phòng, chống sạt lở bờ biển.',
  'Theo ông Hậu, giai đoạn 2018-2022, tỉnh đã đầu tư gần 9 km kè chống sạt lở với tổng vốn hơn 600 tỷ đồng, song nhu cầu còn rất lớn trên toàn tuyến.',
  'Phát biểu tại buổi làm việc, Thứ trưởng ghi nhận nỗ lực của Quảng Bình trong công tác phòng, chống thiên tai, đặc biệt là việc chủ động di dời dân.',
  'Đoàn công tác cũng đã đi kiểm tra thực địa tại một số điểm sạt lở nghiêm trọng ở xã Bảo Ninh và xã Hải Ninh trong chiều cùng ngày.',
];

const page = (lang: string, head: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head>${head}</head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>${body}<footer><p>© 2024</p></footer></body></html>`;

describe('clutter classes through the pipeline', () => {
  it('an English news page: bio, video promo, teaser, app promo and the closing byline go; the article stays', async () => {
    const [p1, p2, p3, p4, p5] = EN_BODY;
    const html = page('en', '<title>Council approves library renovation | Kellerton Tribune</title><meta name="author" content="Jane Rivers">', `<article><h1>Council approves library renovation</h1><div class="byline">By Jane Rivers</div><div class="article-body">
      <p><em>Jane Rivers is a professor of history at Kellerton College and the author of two books on the city.</em></p>
      <p>${p1}</p><p>${p2}</p><p><strong>WATCH:</strong> Mayor Okafor speaks after the council vote</p><p>${p3}</p>
      <div class="related-inline"><h4><a href="/2024/02/library-roof-leaks-again">Library roof leaks again after storm</a></h4><p>Staff moved 3,000 books after Sunday’s storm.</p></div>
      <p>${p4}</p><p><strong>Download the Kellerton Tribune app for breaking news alerts.</strong></p><p>${p5}</p><p>Jane Rivers</p></div></article>`);
    const a = await extractFromHtml(html, 'https://tribune.example/2024/03/council-approves-library-renovation');
    expect(a.byline).toBe('Jane Rivers');
    expect(a.paragraphs).toEqual(EN_BODY.map((p) => p.replace('&amp;', '&')));
  });

  it('a Vietnamese page: the desk label goes; a reporter’s signature the header does not print stays', async () => {
    const body = VI_BODY.map((p) => `<p>${p}</p>`).join('');
    const desk = await extractFromHtml(page('vi', '<title>Quảng Bình chống sạt lở bờ biển</title>', `<div class="detail"><h1>Quảng Bình chống sạt lở bờ biển</h1><div class="content">${body}<p style="text-align:right"><strong>Phòng Thời sự</strong></p></div></div>`), 'https://bao.example/thoi-su/quang-binh-chong-sat-lo-bo-bien-123456.html');
    expect(desk.paragraphs).toEqual(VI_BODY);
    const signed = await extractFromHtml(page('vi', '<title>Quảng Bình chống sạt lở bờ biển</title>', `<div class="detail"><h1>Quảng Bình chống sạt lở bờ biển</h1><div class="content">${body}<p style="text-align:right"><strong>Quốc Hương</strong></p></div></div>`), 'https://bao.example/thoi-su/quang-binh-chong-sat-lo-bo-bien-123456.html');
    expect(signed.paragraphs.at(-1)).toBe('Quốc Hương');
  });
});
