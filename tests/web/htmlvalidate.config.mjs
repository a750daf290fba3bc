// SPDX-License-Identifier: MPL-2.0
// html-validate's settings for the page Akademiplan writes (check-page.mjs): its recommended rules,
// so that the page is held to HTML5 as the HTML standard and the WCAG techniques the preset knows
// (h30, h32, h36, h37, h63, h67, h71) describe it, with one rule off:
export default {
    extends: ['html-validate:recommended'],
    rules: {
        // The page's title is the academy's name, which the consultant chooses, and the kind of
        // page. The rule is advice for search engines, which cut a title after about 70
        // characters; an intranet page's title must name its academy in full, however long.
        'long-title': 'off',
    },
};
