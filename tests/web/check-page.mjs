// SPDX-License-Identifier: MPL-2.0
// Checks HTML pages as a reader's browser and an accessibility audit see them:
//
//   node check-page.mjs PAGE.html SCREENSHOT.png [PAGE.html SCREENSHOT.png ...]
//
// Each page is opened from its file in Debian's Chromium (one browser for all of them), every
// request the page makes beyond its own file is recorded (a self-contained page makes none),
// axe-core runs the WCAG 2.0/2.1 A and AA rules on it (at 1280 pixels wide and at a phone's 390,
// where the page itself must not scroll sideways), the first link is focused from the keyboard
// to see whether its focus is drawn, the print style is asked whether it hides the navigation, and
// a full-page screenshot is taken ("-" for none). html-validate checks the same file as HTML5 with
// htmlvalidate.config.mjs. Prints one JSON array, one object per page, on stdout; exits 2 with the
// reason on stderr when a tool cannot run, so that a caller never takes a broken run for a clean
// page.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { HtmlValidate } from 'html-validate';
import { chromium } from 'playwright-core';

import config from './htmlvalidate.config.mjs';

const require = createRequire(import.meta.url);
const CHROMIUM = process.env.AKADEMIPLAN_CHROMIUM || '/usr/bin/chromium';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function validate(file) {
    const validator = new HtmlValidate(config);
    const report = await validator.validateString(await readFile(file, 'utf8'), file);
    const messages = report.results.flatMap((result) => result.messages);
    const describe = (message) => ({
        rule: message.ruleId,
        message: message.message,
        line: message.line,
        column: message.column,
        selector: message.selector,
    });
    return {
        valid: report.valid,
        errors: messages.filter((message) => message.severity === 2).map(describe),
        warnings: messages.filter((message) => message.severity === 1).map(describe),
    };
}

async function runAxe(page) {
    return page.evaluate(async (tags) => {
        const results = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return {
            version: results.testEngine.version,
            passes: results.passes.length,
            incomplete: results.incomplete.map((rule) => rule.id),
            violations: results.violations.map((rule) => ({
                id: rule.id,
                impact: rule.impact,
                help: rule.help,
                nodes: rule.nodes.length,
                targets: rule.nodes.slice(0, 5).map((node) => node.target.join(' ')),
            })),
        };
    }, WCAG_TAGS);
}

async function audit(browser, file, screenshot) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1600 } });
    const page = await context.newPage();
    const url = pathToFileURL(path.resolve(file)).href;
    const requests = [];
    page.on('request', (request) => {
        if (request.url() !== url) requests.push(request.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    const pageFacts = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        scripts: document.scripts.length, // before axe-core is added
    }));
    // Inlined from the package: adding it makes no request of its own.
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const axe = await runAxe(page);
    if (screenshot !== '-') await page.screenshot({ path: screenshot, fullPage: true });
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
        const element = document.activeElement;
        const style = getComputedStyle(element);
        return {
            element: element.tagName.toLowerCase(),
            text: element.textContent.trim(),
            outlineStyle: style.outlineStyle,
            outlineWidth: style.outlineWidth,
        };
    });
    await page.keyboard.press('Tab');
    const secondFocus = await page.evaluate(() => {
        const element = document.activeElement;
        const style = getComputedStyle(element);
        return { text: element.textContent.trim(), outlineStyle: style.outlineStyle };
    });
    // A phone's width: axe again, and whether the page itself scrolls sideways (WCAG 1.4.10), which
    // only a table in its own box may do.
    await page.setViewportSize({ width: 390, height: 844 });
    const phone = {
        axe: await runAxe(page),
        pageWidth: await page.evaluate(() => document.documentElement.scrollWidth),
    };
    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => ({
        navigationShown: getComputedStyle(document.querySelector('nav')).display !== 'none',
        textColour: getComputedStyle(document.body).color,
        background: getComputedStyle(document.body).backgroundColor,
    }));
    await context.close();
    return { file, url, requests, axe, phone, page: pageFacts, focus: [focus, secondFocus], print };
}

async function main() {
    const args = process.argv.slice(2);
    if (args.length === 0 || args.length % 2 !== 0) {
        console.error('usage: node check-page.mjs PAGE.html SCREENSHOT.png [PAGE.html SCREENSHOT.png ...]');
        process.exit(2);
    }
    const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
        const results = [];
        for (let i = 0; i < args.length; i += 2) {
            const result = await audit(browser, args[i], args[i + 1]);
            result.htmlValidate = await validate(args[i]);
            results.push(result);
        }
        process.stdout.write(JSON.stringify(results, null, 2) + '\n');
    } finally {
        await browser.close();
    }
}

main().catch((error) => {
    console.error(`check-page.mjs: ${error.stack || error}`);
    process.exit(2);
});
