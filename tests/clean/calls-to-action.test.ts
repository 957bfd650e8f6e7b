import { describe, expect, it } from 'vitest';
import { rule } from '../../src/core/clean/rules/calls-to-action';
import { rules } from '../../src/core/clean/index';
import { DE_PROSE, ES_PROSE, FR_PROSE, PROSE, VI_PROSE, run } from './helpers';

/** Every rule of the registry, in its order, as one: what the pipeline's post phase does to a body. */
const allRules = { name: 'all', post: (root: Element, ctx: Parameters<NonNullable<typeof rule.post>>[1]) => rules.flatMap((r) => r.post?.(root, ctx) ?? []) };

const paragraphs = (list: string[]) => list.map((p) => `<p>${p}</p>`).join('');

describe('calls-to-action', () => {
  it('removes calls to action at the end and the start of the body', () => {
    const end = '<p>Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.</p><p>Like this story? Share it with a friend</p>';
    const start = '<p>Start your day with the Opening Bell. Sign up for the free daily newsletter</p>';
    const { text, removed } = run(rule, start + paragraphs([...PROSE, PROSE[0]!]) + end);
    expect(removed).toHaveLength(3);
    expect(text).not.toMatch(/Newsbeat|Share it with|Opening Bell/);
    expect(text).toContain(PROSE[2]);
  });

  it('removes paywall notices and prompts to comment, rate or log in that close the body, in several languages', () => {
    const cases: [string, string[], string[]][] = [
      ['en', [...PROSE, PROSE[0]!], ['Subscribe now to our eNATION edition for the full story.', 'For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.']],
      ['en', [...PROSE, PROSE[0]!], ['If you’re seeing this message but you’re already a subscriber, you can log in for immediate access to this story.']],
      ['en', [...PROSE, PROSE[0]!], ['Do you want to be informed of our actions? Sign up here']],
      ['de', [...DE_PROSE, DE_PROSE[0]!], ['Keine Neuigkeiten mehr verpassen: Abonnieren Sie kostenlos unseren Newsletter und bleiben Sie auf dem Laufenden.']],
      ['de', [...DE_PROSE, DE_PROSE[0]!], ['Verraten Sie gerne in den Kommentaren: Was bedeutet der Preis für Sie?']],
      ['de', [...DE_PROSE, DE_PROSE[0]!], ['Um den Tipp kommentieren zu können, müssen Sie eingeloggt sein.', 'Hier können Sie den Artikel bewerten']],
      ['fr', [...FR_PROSE, FR_PROSE[0]!], ['Pour lire la suite, abonnez-vous. Déjà abonné ? Connectez-vous.']],
    ];
    for (const [lang, prose, notices] of cases) {
      const { text, removed } = run(rule, paragraphs([...prose, ...notices]), { lang });
      expect(removed, notices[0]).toHaveLength(notices.length);
      expect(text).toBe(prose.join(''));
    }
  });

  it('removes the closing prompt of a short body too (a tip of two paragraphs, a one-paragraph notice page)', () => {
    const cases: [string, string[], string][] = [
      ['de', DE_PROSE.slice(0, 2), 'Um den Tipp "Tomaten richtig schneiden" kommentieren zu können, müssen Sie eingeloggt sein.'],
      ['en', PROSE.slice(0, 2), 'Like this story? Share it with a friend'],
      ['en', PROSE.slice(0, 1), 'Sign up for the free daily newsletter'],
    ];
    for (const [lang, prose, notice] of cases) {
      const { text, removed } = run(rule, paragraphs([...prose, notice]), { lang });
      expect(removed, notice).toHaveLength(1);
      expect(text).toBe(prose.join(''));
    }
  });

  it('runs after the rules that clear the body\'s end, so a prompt above a source line or a back link is at the end by then', () => {
    const cases: [string, string[], string, string][] = [
      ['de', [...DE_PROSE, DE_PROSE[0]!], 'DHB jetzt auch digital! Einfach hier klicken und für das digitale Heft registrieren!', '<p>Quelle: Landesregierung</p>'],
      ['en', [...PROSE, PROSE[0]!], 'Like this story? Share it with a friend', '<h3>Related coverage</h3>'],
    ];
    for (const [lang, prose, notice, after] of cases) {
      const { text } = run(allRules, `${paragraphs([...prose, notice])}${after}`, { lang });
      expect(text, notice).toBe(prose.join(''));
    }
  });

  it('works on Vietnamese cues too', () => {
    const { text } = run(rule, paragraphs([...VI_PROSE, VI_PROSE[0]!]) + '<p>Mời quý độc giả theo dõi fanpage của báo.</p>', { lang: 'vi' });
    expect(text).not.toContain('fanpage');
  });

  it('keeps reporting that mentions following or Twitter, and long closing paragraphs', () => {
    const reporting = '<p>Police said they would follow up with the family and posted an appeal on Twitter on Monday.</p>';
    const closing = `<p>Surely, we left some of your favorite gadgets off of this list. Leave a comment and let us know which ones, and why, because the debate over which of this year's launches mattered most is far from settled and we read every reply.</p>`;
    const { removed } = run(rule, paragraphs(PROSE.slice(0, 2)) + paragraphs([PROSE[2]!]) + reporting + closing);
    expect(removed).toEqual([]);
  });

  it('removes a publication\'s own prompt standing alone in the middle of the body, in several languages', () => {
    // A prompt opening a line of its own between the article's paragraphs: a newsletter, a channel, a membership, a
    // listings portal of the same publisher, a share prompt.
    const cases: [string, string[], string][] = [
      ['en', PROSE, 'Sign up for the free daily newsletter'],
      ['en', PROSE, 'Subscribe to our YouTube channel for all of the latest videos, reviews and more!'],
      ['en', PROSE, 'Become a member today and get early access to our events.'],
      ['de', DE_PROSE, 'Werden Sie Mitglied im Leserclub und sichern Sie sich exklusive Vorteile!'],
      ['de', DE_PROSE, 'Beitrag gefallen? Vergiss nicht zu teilen!'],
      ['de', DE_PROSE, 'Keine Meldung mehr verpassen? Abonnieren Sie unseren Morgen-Newsletter.'],
      ['pl', PROSE, 'Szukasz mieszkania do wynajęcia? Zobacz oferty na naszym portalu nieruchomości.'],
      ['es', ES_PROSE, 'Únete a nuestro canal de Telegram para recibir las noticias del día.'],
    ];
    for (const [lang, prose, prompt] of cases) {
      const { text, removed } = run(rule, paragraphs([prose[0]!, prose[1]!, prompt, prose[2] ?? prose[0]!, prose[0]!]), { lang });
      expect(removed, prompt).toHaveLength(1);
      expect(text, prompt).not.toContain(prompt.slice(0, 20));
    }
  });

  it('removes a prompt set as a heading over no prose (up to the next heading of its rank or above)', () => {
    // A blog's share prompt as an <h4> over its newsletter box and course boxes (each under an <h3>), a newsletter
    // prompt over a form Readability dropped, a channel prompt between two sections.
    const cases: [string, string[], string, string][] = [
      ['de', DE_PROSE, '<h4>Artikel gefallen? Vergiss nicht zu teilen!</h4>', '<div><p>MAGAZIN</p><p>Melde dich zum Newsletter an</p></div><h3>Du möchtest gelassener werden?</h3><p>Dann schau dir unseren Mini-Kurs an.</p>'],
      ['en', PROSE, '<h3>Sign up for the free daily newsletter</h3>', '<h3>Our readers ask</h3>'],
      ['es', ES_PROSE, '<h5>Únete a nuestro canal de Telegram</h5>', '<h2>El calendario de obras</h2>'],
    ];
    for (const [lang, prose, prompt, after] of cases) {
      const { text, removed } = run(rule, `${paragraphs([prose[0]!, prose[1]!])}${prompt}${after}${paragraphs([prose[2]!, prose[0]!])}`, { lang });
      expect(removed, prompt).toHaveLength(1);
      expect(text, prompt).not.toContain(prompt.slice(4, 24));
    }
    // The same heading over its own section stays (a section of the article about a service), and so does one
    // over a sub-section.
    const kept = [
      `<h3>Sign up for the free daily newsletter</h3>${paragraphs([PROSE[2]!])}`,
      `<h3>Sign up for the free daily newsletter</h3><h4>What it costs</h4>${paragraphs([PROSE[2]!])}`,
    ];
    for (const middle of kept) expect(run(rule, `${paragraphs(PROSE.slice(0, 2))}${middle}${paragraphs([PROSE[0]!, PROSE[1]!])}`).removed, middle).toEqual([]);
  });

  it('keeps, in the middle, a pointer to a link, reporting, quotes, headings and steps that only look like prompts', () => {
    const keep: [string, string[], string][] = [
      // "Click here" points at what the article cites: in the middle it is the article's own link.
      ['en', PROSE, '<p>Click here to get more information or download this game.</p>'],
      ['de', DE_PROSE, '<p>Klicken Sie hier, um den vollständigen Bericht des Ministeriums als PDF zu lesen.</p>'],
      // The phrase inside a sentence: reporting, or advice in the article's own voice.
      ['en', PROSE, '<p>If you just want the basic plan, you can sign up for a free seven-day trial.</p>'],
      ['en', PROSE, '<p>The mayor urged residents to sign up for the flood alerts before the weekend.</p>'],
      ['de', DE_PROSE, '<p>Wer möchte, kann sich beim Verein melden; abonnieren Sie dafür nichts.</p>'],
      // Quoted speech.
      ['de', DE_PROSE, '<p>„Abonnieren Sie unseren Kanal!“, rief der Streamer in die Kamera.</p>'],
      ['en', PROSE, '<p>"Follow us on the journey," the crew wrote before leaving port.</p>'],
      // A heading over a section of the article about a service.
      ['en', PROSE, '<h2>Sign up for the bundle and save $5 a month</h2>'],
      // The steps of a how-to.
      ['en', PROSE, '<ol><li>Sign up for a free account on the website.</li><li>Confirm your address from the e-mail you receive.</li></ol>'],
      ['es', ES_PROSE, '<ol><li>Únete al grupo desde la aplicación.</li><li>Elige la categoría de tu negocio.</li></ol>'],
    ];
    for (const [lang, prose, middle] of keep) {
      const { removed } = run(rule, `${paragraphs([prose[0]!, prose[1]!])}${middle}${paragraphs([prose[2] ?? prose[0]!, prose[0]!])}`, { lang });
      expect(removed, middle).toEqual([]);
    }
  });

  it('leaves a body that is nothing but calls to action as it is', () => {
    const lines = [
      'Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.',
      'Like this story? Share it with a friend',
      'Sign up for the free daily newsletter',
      'Download our app to read more stories like this',
    ];
    for (const n of [4, 5, 6]) {
      const { removed } = run(rule, paragraphs([...lines, ...lines].slice(0, n)));
      expect(removed, `${n} lines`).toEqual([]);
    }
  });
});
