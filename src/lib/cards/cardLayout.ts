import type { CardContent } from './cardContent.ts';
import { siteName } from '../page/pageWords.ts';
import type { Stance } from '../model/stance.ts';

/** An element as satori reads it: a tag, its style and its children (the shape JSX would make). */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] };
}

/** Size of a link-preview card: what Open Graph and X's summary_large_image show without cropping. */
export const cardSize = { width: 1200, height: 630 } as const;

/** The family name the layout asks for; renderCard loads it from @fontsource/inter. */
export const cardFont = 'Inter';

// The light scheme's tokens from src/styles/global.css: a card is an image, so it has one scheme.
const colours = {
  bg: '#fdfcfa',
  fg: '#1c1d21',
  muted: '#545761',
  line: '#d9d6cf',
  accent: '#0b57a4',
  surface: '#f3f1ec',
};
const stanceColours: Record<Stance, string> = { for: '#116329', against: '#a4161a', 'middle-ground': '#7a4b00' };

/** Headline size in pixels: large for a short question, smaller as a claim grows, so five lines always fit. */
export function headlineSize(text: string): number {
  if (text.length <= 40) return 80;
  if (text.length <= 80) return 66;
  if (text.length <= 120) return 56;
  return 50;
}

function div(style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode {
  return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

/** The card as satori elements: a colour band for the stance, the eyebrow, the headline, and a foot with the site name. */
export function cardLayout(content: CardContent): CardNode {
  const band = content.stance ? stanceColours[content.stance] : colours.accent;
  return div(
    {
      width: cardSize.width,
      height: cardSize.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: colours.bg,
      borderLeft: `28px solid ${band}`,
      padding: '60px 72px 52px 68px',
      fontFamily: cardFont,
      color: colours.fg,
    },
    [
      div({ display: 'flex', fontSize: 30, fontWeight: 600, color: colours.muted }, content.eyebrow),
      div(
        {
          display: 'block',
          flexGrow: 1,
          marginTop: 28,
          fontSize: headlineSize(content.headline),
          fontWeight: 700,
          lineHeight: 1.18,
          letterSpacing: '-0.01em',
          lineClamp: 5,
        },
        content.headline,
      ),
      div(
        {
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          borderTop: `2px solid ${colours.line}`,
          paddingTop: 24,
          fontSize: 28,
          fontWeight: 600,
        },
        [
          div({ display: 'flex', color: content.stance ? band : colours.muted }, content.footer),
          div({ display: 'flex', flexShrink: 0, marginLeft: 32, color: colours.accent, fontWeight: 700 }, siteName),
        ],
      ),
    ],
  );
}
