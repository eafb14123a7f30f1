/** The site's name, as the header, the footer, page titles and link cards show it. */
export const siteName = 'Open Models Debate';

/** The one question the site is about, as the home page and its link card ask it. */
export const siteQuestion = 'Should AI models be open source?';
