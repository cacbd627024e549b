'use strict';
// The step types a scenario file may use. Each step is one JSON object with exactly one of the keys below
// plus that step's options. Every step waits (bounded) for what it needs on screen or on the wire; none
// sleeps for a fixed time. See e2e/README.md for the reference.

const fs = require('fs');
const path = require('path');
const { waitUntil } = require('./wait');
const { short } = require('./traffic');

const DEFAULT_TIMEOUT_S = 15;

/** Step type → allowed option keys (besides the step key itself and "timeout"). */
const STEP_OPTIONS = {
  say: [],
  expectText: ['in'],
  expectCard: ['in'],
  fill: ['card'],
  select: ['card'],
  click: ['in', 'card', 'status'],
  screenshot: ['of', 'docs'],
  restartBot: [],
  mockActivity: ['set'],
  openLink: ['in', 'card', 'expectPage'],
  pressOnPage: ['file', 'expectPage'],
};
const SCOPES = ['new', 'newest', 'all', 'clicked'];

class StepError extends Error {}

// ---------------------------------------------------------------------------------------------------
// Validation (all scenario files are checked before anything starts)

function stepType(step) {
  const keys = Object.keys(step).filter((k) => k in STEP_OPTIONS);
  return keys.length === 1 ? keys[0] : null;
}

function validateStep(step, where, people = null) {
  const fail = (message) => { throw new Error(`${where}: ${message}`); };
  if (!step || typeof step !== 'object' || Array.isArray(step)) fail('a step must be a JSON object');
  const keys = Object.keys(step).filter((k) => k in STEP_OPTIONS);
  if (keys.length !== 1) fail(`a step needs exactly one of ${Object.keys(STEP_OPTIONS).join(', ')} (found ${keys.join(', ') || 'none'})`);
  const type = keys[0];
  for (const key of Object.keys(step)) {
    if (key !== type && key !== 'timeout' && key !== 'comment' && key !== 'as' && !STEP_OPTIONS[type].includes(key)) {
      fail(`"${type}" does not take the option "${key}" (it takes: ${['timeout', 'as', ...STEP_OPTIONS[type]].join(', ')})`);
    }
  }
  if (step.as !== undefined) {
    if (!people) fail('"as" needs the scenario to list its "people"');
    if (!Object.prototype.hasOwnProperty.call(people, step.as)) fail(`"as": "${step.as}" is none of the scenario's people (${Object.keys(people).join(', ')})`);
  }
  if (step.timeout !== undefined && !(typeof step.timeout === 'number' && step.timeout > 0 && step.timeout <= 120)) {
    fail('"timeout" is in seconds, between 0 and 120');
  }
  if (step.in !== undefined && !SCOPES.includes(step.in) && !(type === 'click' && step.in === 'any')) {
    fail(`"in" must be one of ${SCOPES.join(', ')}${type === 'click' ? ', any' : ''}`);
  }
  const value = step[type];
  const isText = (v) => typeof v === 'string' && v.length > 0;
  switch (type) {
    case 'say':
    case 'click':
      if (!isText(value)) fail(`"${type}" takes a non-empty string`);
      if (step.status !== undefined && !Number.isInteger(step.status)) fail('"status" is an HTTP status code');
      break;
    case 'screenshot':
      if (!isText(value) || !/^[a-z0-9][a-z0-9-]*$/.test(value)) fail('"screenshot" takes a name of lower-case letters, digits and dashes');
      if (step.of !== undefined && !['page', 'newest'].includes(step.of)) fail('"of" is "page" or "newest"');
      if (step.docs !== undefined && !/^[a-z0-9][a-z0-9-]*\.png$/.test(step.docs)) fail('"docs" is a file name like "help-card.png"');
      break;
    case 'expectText':
      if (!isText(value) && !(value && typeof value === 'object' && isText(value.regex))) fail('"expectText" takes a string or {"regex": "...", "flags": "i"}');
      if (value && value.regex) {
        try { new RegExp(value.regex, value.flags || ''); } catch (error) { fail(`bad regex: ${error.message}`); }
      }
      break;
    case 'expectCard':
      if (!value || typeof value !== 'object' || !isText(value.title)) fail('"expectCard" takes {"title": "...", "kind"?: "...", "buttons"?: [...], "text"?: [...]}');
      for (const key of Object.keys(value)) {
        if (!['title', 'kind', 'buttons', 'text'].includes(key)) fail(`"expectCard" has no field "${key}"`);
      }
      for (const key of ['buttons', 'text']) {
        if (value[key] !== undefined && !(Array.isArray(value[key]) && value[key].every(isText))) fail(`"expectCard.${key}" is a list of strings`);
      }
      break;
    case 'fill':
    case 'select':
      if (!value || typeof value !== 'object' || Array.isArray(value) || !Object.keys(value).length) fail(`"${type}" takes {"<label>": <value>, ...}`);
      if (type === 'select') {
        for (const [label, v] of Object.entries(value)) {
          if (Array.isArray(v) && !(v.length && v.every(isText))) fail(`"select" of ${JSON.stringify(label)}: a multi-select takes a non-empty list of choice titles`);
        }
      }
      break;
    case 'restartBot':
      if (value !== true) fail('"restartBot" takes true');
      break;
    case 'openLink':
    case 'pressOnPage':
      if (!isText(value)) fail(`"${type}" takes a button title`);
      if (step.expectPage !== undefined && !(Array.isArray(step.expectPage) && step.expectPage.every(isText))) fail('"expectPage" is a list of strings');
      if (type === 'pressOnPage') {
        if ((step.file === undefined) === (step.expectPage === undefined)) fail('"pressOnPage" takes exactly one of "file" (a download is expected) or "expectPage" (a page is expected)');
        if (step.file !== undefined) validateFileExpectation(step.file, fail);
      }
      break;
    case 'mockActivity':
      if (!isText(value)) fail('"mockActivity" takes a template name: install, uninstall, botAdded, userAdded, botRemoved, userRemoved');
      if (step.set !== undefined && (typeof step.set !== 'object' || Array.isArray(step.set))) fail('"set" is an object merged into the activity');
      break;
    default:
      break;
  }
  return type;
}

/** A cell expectation: the exact text, or {"regex": "...", "flags"?: "..."}. */
function isCellExpectation(v) {
  return typeof v === 'string' || (v && typeof v === 'object' && !Array.isArray(v) && typeof v.regex === 'string'
    && Object.keys(v).every((k) => k === 'regex' || k === 'flags'));
}

function validateFileExpectation(file, fail) {
  if (!file || typeof file !== 'object' || Array.isArray(file)) fail('"file" takes {"name"?: "<regex>", "header"?: [...], "rows"?: [[...], ...], "text"?: [...]}');
  for (const key of Object.keys(file)) {
    if (!['name', 'header', 'rows', 'text'].includes(key)) fail(`"file" has no field "${key}"`);
  }
  if (file.name !== undefined) {
    try { new RegExp(file.name); } catch (error) { fail(`"file.name" is a regex: ${error.message}`); }
  }
  if (file.header !== undefined && !(Array.isArray(file.header) && file.header.every((h) => typeof h === 'string'))) fail('"file.header" is a list of strings');
  if (file.rows !== undefined && !(Array.isArray(file.rows) && file.rows.every((row) => Array.isArray(row) && row.every(isCellExpectation)))) {
    fail('"file.rows" is a list of rows, each a list of cells: a string (exact) or {"regex": "..."}');
  }
  if (file.text !== undefined && !(Array.isArray(file.text) && file.text.every((t) => typeof t === 'string' && t.length > 0))) fail('"file.text" is a list of strings');
}

/** Person fields a scenario's "people" entry takes (see e2e/README.md). */
const PERSON_FIELDS = ['id', 'name', 'aadObjectId'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function validatePeople(people, where) {
  if (!people || typeof people !== 'object' || Array.isArray(people) || !Object.keys(people).length) {
    throw new Error(`${where}: "people" is an object of people by name, e.g. {"teacher": {"id": "user-id-0", "name": "Alex Wilber", "aadObjectId": "<GUID>"}}`);
  }
  const ids = new Set();
  for (const [key, person] of Object.entries(people)) {
    if (!/^[a-z][a-z0-9-]*$/.test(key)) throw new Error(`${where}: people's names are lower-case words ("${key}")`);
    if (!person || typeof person !== 'object') throw new Error(`${where}: people.${key} must be an object`);
    for (const field of Object.keys(person)) {
      if (!PERSON_FIELDS.includes(field)) throw new Error(`${where}: people.${key} has no field "${field}" (it takes ${PERSON_FIELDS.join(', ')})`);
    }
    for (const field of PERSON_FIELDS) {
      if (typeof person[field] !== 'string' || !person[field]) throw new Error(`${where}: people.${key}.${field} is required`);
    }
    if (!GUID.test(person.aadObjectId)) throw new Error(`${where}: people.${key}.aadObjectId must be a GUID (CoachBot keys people by it)`);
    if (ids.has(person.id)) throw new Error(`${where}: two people have the id ${person.id}`);
    ids.add(person.id);
  }
}

function validateScenario(scenario, file) {
  const where = path.basename(file);
  if (!scenario || typeof scenario !== 'object') throw new Error(`${where}: not a JSON object`);
  for (const key of Object.keys(scenario)) {
    if (!['description', 'people', 'settings', 'steps'].includes(key)) {
      throw new Error(`${where}: unknown field "${key}" (a scenario has "description", "steps", and optionally "people" and "settings")`);
    }
  }
  if (typeof scenario.description !== 'string' || !scenario.description) throw new Error(`${where}: "description" is required`);
  if (scenario.people !== undefined) validatePeople(scenario.people, where);
  if (scenario.settings !== undefined) {
    if (!scenario.settings || typeof scenario.settings !== 'object' || Array.isArray(scenario.settings)) throw new Error(`${where}: "settings" is an object of CoachBot settings, e.g. {"Jobs:PollInterval": "00:00:01"}`);
    for (const [key, value] of Object.entries(scenario.settings)) {
      if (!/^[A-Za-z][A-Za-z0-9]*(:[A-Za-z0-9]+)+$/.test(key)) throw new Error(`${where}: settings key "${key}" is not a CoachBot setting like "Section:Key"`);
      if (typeof value !== 'string') throw new Error(`${where}: settings "${key}" must be a string`);
    }
  }
  if (!Array.isArray(scenario.steps) || !scenario.steps.length) throw new Error(`${where}: "steps" must be a non-empty list`);
  scenario.steps.forEach((step, i) => validateStep(step, `${where} step ${i + 1}`, scenario.people || null));
}

function describeStep(step) {
  const type = stepType(step);
  const value = step[type];
  return `${step.as ? `[${step.as}] ` : ''}${type} ${short(value, 90)}${step.in ? ` in ${step.in}` : ''}${step.card ? ` card ${JSON.stringify(step.card)}` : ''}`;
}

// ---------------------------------------------------------------------------------------------------
// Helpers

function timeoutOf(step) { return (step.timeout || DEFAULT_TIMEOUT_S) * 1000; }

function matcher(expected) {
  if (typeof expected === 'string') {
    const needle = expected.toLowerCase();
    return { test: (text) => text.toLowerCase().includes(needle), show: JSON.stringify(expected) };
  }
  const re = new RegExp(expected.regex, expected.flags || '');
  return { test: (text) => re.test(text), show: String(re) };
}

/** The bot messages a step looks at. */
function inScope(messages, scope, state) {
  const bot = messages.filter((m) => m.bot);
  switch (scope) {
    case 'all': return bot;
    case 'newest': return bot.length ? [bot[bot.length - 1]] : [];
    case 'clicked': return state.clickedIndex === null ? [] : messages.filter((m) => m.index === state.clickedIndex);
    case 'new':
    default: return bot.filter((m) => m.index >= state.messageCount);
  }
}

function scopeWords(scope) {
  return {
    all: 'anywhere in the chat',
    newest: 'in the newest bot message',
    clicked: 'in the card that was clicked',
    new: 'in a bot message since the last action',
  }[scope || 'new'];
}

function lastSeen(messages, scope, state) {
  const seen = inScope(messages, scope, state);
  if (!seen.length) return `no bot message ${scopeWords(scope)}`;
  return seen.map((m) => `#${m.index} ${short(m.text, 200)}`).join(' || ');
}

function assertNoPlaygroundProblems(ctx, mark) {
  for (const problem of ctx.traffic.problems(mark)) {
    throw new StepError(`the Playground reports (${problem.level}): ${problem.text}`);
  }
}

/**
 * Fails fast when CoachBot answered the Playground with an error since the mark, or the Playground
 * reported a problem (when CoachBot does not answer at all it logs "Cannot connect to your app, …").
 */
function assertNoBotErrors(ctx, mark) {
  assertNoPlaygroundProblems(ctx, mark);
  for (const entry of ctx.traffic.inbound(mark)) {
    if (ctx.state.accepted.has(entry.seq)) continue; // a click step that expected this status
    if (entry.status === undefined || entry.status === 0 || entry.status >= 500) {
      throw new StepError(`CoachBot answered ${entry.summary} with HTTP ${entry.status ?? '(no answer)'}${entry.responseSummary ? ` ${entry.responseSummary}` : ''}`);
    }
  }
}

/** Marks the start of an action: expectations look at what comes after it. */
async function beginAction(ctx) {
  const messages = await ctx.chat.messages();
  ctx.state.messageCount = messages.length;
  ctx.state.trafficMark = ctx.traffic.mark();
  ctx.state.clickedIndex = null;
  return messages;
}

/** Waits for the Playground to log the request it sent CoachBot (with CoachBot's answer). */
async function awaitInbound(ctx, what, timeoutMs, predicate, expectedStatus) {
  const mark = ctx.state.trafficMark;
  const entry = await waitUntil(`the Playground to deliver ${what} to CoachBot and get its answer`, timeoutMs, async () => {
    assertNoPlaygroundProblems(ctx, mark);
    const found = ctx.traffic.inbound(mark).find(predicate);
    return found || null;
  }, { describe: () => ctx.traffic.report(mark).split('\n').slice(-4).join(' / ').trim() });
  const ok = expectedStatus !== undefined ? entry.status === expectedStatus : entry.status >= 200 && entry.status < 300;
  if (!ok) {
    throw new StepError(`CoachBot answered ${entry.summary} with HTTP ${entry.status ?? '(no answer)'}${entry.responseSummary ? ` ${entry.responseSummary}` : ''}${expectedStatus !== undefined ? ` (expected ${expectedStatus})` : ''}`);
  }
  if (expectedStatus !== undefined) ctx.state.accepted.add(entry.seq);
  return entry;
}

/** The message (index) holding the control to act on: newest first, optionally only cards with some text. */
async function findCardMessage(ctx, step, has, what) {
  const timeoutMs = timeoutOf(step);
  const cardText = step.card ? matcher(step.card) : null;
  let messages = [];
  return waitUntil(what, timeoutMs, async () => {
    messages = await ctx.chat.messages();
    const candidates = messages.filter((m) => m.bot && m.hasCard && (!cardText || cardText.test(m.text)));
    const scoped = step.in === 'newest' ? candidates.slice(-1) : candidates;
    for (let i = scoped.length - 1; i >= 0; i -= 1) {
      if (await has(scoped[i])) return scoped[i];
    }
    return null;
  }, { describe: () => messages.filter((m) => m.hasCard).map((m) => `#${m.index} [${m.buttons.join(' | ')}] ${short(m.text, 80)}`).join(' || ') || 'no card in the chat' });
}

function labelledControl(messageLocator, label) {
  return messageLocator.getByLabel(label, { exact: true }).or(messageLocator.getByLabel(`${label} *`, { exact: true })).first();
}

/** The newest card (in the step's scope) that has a control for every label; a locator for its message. */
async function cardWithControls(ctx, step, entries, what) {
  const labels = entries.map(([label]) => label);
  const target = await findCardMessage(ctx, step, async (m) => {
    const loc = ctx.chat.message(m.index);
    for (const label of labels) {
      if (!(await labelledControl(loc, label).count())) return false;
    }
    return true;
  }, `a card with the ${what} ${JSON.stringify(labels)}`);
  return ctx.chat.message(target.index);
}

/**
 * Reads a downloaded CSV the way a spreadsheet must: UTF-8 after a byte order mark, RFC 4180 (comma-separated,
 * CRLF between records, quoted fields with doubled quotes and line breaks inside). Throws on anything else.
 */
function readCsv(bytes) {
  if (!(bytes.length >= 3 && bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF)) throw new StepError('the file does not start with the UTF-8 byte order mark');
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i += 1; if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new StepError(`a quoted field goes on after its closing quote (at ${i})`); continue; }
      field += c; i += 1; continue;
    }
    if (c === '"' && field === '') { quoted = true; i += 1; continue; }
    if (c === '"') throw new StepError(`a quote inside an unquoted field (at ${i})`);
    if (c === ',') { record.push(field); field = ''; i += 1; continue; }
    if (c === '\r') {
      if (text[i + 1] !== '\n') throw new StepError(`a CR without LF ends a record (at ${i})`);
      record.push(field); field = ''; records.push(record); record = []; i += 2; continue;
    }
    if (c === '\n') throw new StepError(`a bare LF outside quotes (at ${i})`);
    field += c; i += 1;
  }
  if (quoted) throw new StepError('a quoted field is not closed');
  if (field !== '' || record.length) throw new StepError('the last record does not end with CRLF');
  return records;
}

function cellMatches(expected, actual) {
  return typeof expected === 'string' ? expected === actual : new RegExp(expected.regex, expected.flags || '').test(actual);
}

function checkFile(name, bytes, expected) {
  if (expected.name !== undefined && !new RegExp(expected.name).test(name)) throw new StepError(`the file is named ${JSON.stringify(name)}, not like /${expected.name}/`);
  const records = readCsv(bytes);
  const [header, ...rows] = records;
  if (expected.header !== undefined && JSON.stringify(header) !== JSON.stringify(expected.header)) {
    throw new StepError(`the file's heading row is ${JSON.stringify(header)}, expected ${JSON.stringify(expected.header)}`);
  }
  if (expected.rows !== undefined) {
    if (rows.length !== expected.rows.length) throw new StepError(`the file has ${rows.length} rows, expected ${expected.rows.length}: ${JSON.stringify(rows)}`);
    expected.rows.forEach((cells, r) => {
      if (rows[r].length !== cells.length) throw new StepError(`row ${r + 1} has ${rows[r].length} cells, expected ${cells.length}: ${JSON.stringify(rows[r])}`);
      cells.forEach((cell, c) => {
        if (!cellMatches(cell, rows[r][c])) throw new StepError(`row ${r + 1}, column ${JSON.stringify(header[c])} is ${JSON.stringify(rows[r][c])}, expected ${JSON.stringify(cell)}`);
      });
    });
  }
  for (const text of expected.text || []) {
    if (!rows.some((row) => row.some((cell) => cell.includes(text)))) throw new StepError(`no cell of the file contains ${JSON.stringify(text)}`);
  }
  return rows.length;
}

/** Waits until the page shows every text (case-insensitive substrings). */
async function expectOnPage(page, texts, timeoutMs) {
  let body = '';
  await waitUntil(`the page to show ${JSON.stringify(texts)}`, timeoutMs, async () => {
    body = await page.locator('body').innerText({ timeout: timeoutMs }).catch(() => '');
    return texts.every((t) => body.toLowerCase().includes(t.toLowerCase()));
  }, { describe: () => `the page shows: ${short(body.replace(/\s+/g, ' '), 300)}` });
}

// ---------------------------------------------------------------------------------------------------
// Step implementations

const RUN = {
  async say(ctx, step) {
    await beginAction(ctx);
    const text = step.say;
    await ctx.chat.say(text, timeoutOf(step));
    await awaitInbound(ctx, `the message ${JSON.stringify(text)}`, timeoutOf(step),
      (e) => e.type === 'message' && typeof e.text === 'string' && e.text.trim() === text.trim());
  },

  async expectText(ctx, step) {
    const m = matcher(step.expectText);
    let messages = [];
    await waitUntil(`${m.show} ${scopeWords(step.in)}`, timeoutOf(step), async () => {
      assertNoBotErrors(ctx, ctx.state.trafficMark);
      messages = await ctx.chat.messages();
      return inScope(messages, step.in, ctx.state).some((msg) => m.test(msg.text));
    }, { describe: () => lastSeen(messages, step.in, ctx.state) });
  },

  async expectCard(ctx, step) {
    const { title, kind, buttons = [], text = [] } = step.expectCard;
    const titleMatch = matcher(title);
    const textMatches = text.map(matcher);
    let messages = [];
    let why = '';
    await waitUntil(`a card titled ${JSON.stringify(title)}${kind ? ` (kind ${kind})` : ''} ${scopeWords(step.in)}`, timeoutOf(step), async () => {
      assertNoBotErrors(ctx, ctx.state.trafficMark);
      messages = await ctx.chat.messages();
      const cards = inScope(messages, step.in, ctx.state).filter((msg) => msg.hasCard && titleMatch.test(msg.text));
      if (!cards.length) { why = 'no such card on screen'; return false; }
      const card = cards[cards.length - 1];
      const missingButtons = buttons.filter((b) => !card.buttons.includes(b));
      if (missingButtons.length) { why = `card #${card.index} lacks the buttons ${JSON.stringify(missingButtons)} (has ${JSON.stringify(card.buttons)})`; return false; }
      const missingText = textMatches.filter((t) => !t.test(card.text));
      if (missingText.length) { why = `card #${card.index} lacks the text ${missingText.map((t) => t.show).join(', ')}`; return false; }
      if (kind) {
        const delivered = ctx.traffic.cards(ctx.state.trafficMark);
        const scoped = step.in === 'all' ? ctx.traffic.cards(0) : delivered;
        if (!scoped.some((c) => c.kind === kind)) {
          why = `the card on screen matches, but no card of kind "${kind}" was delivered (kinds delivered: ${JSON.stringify(scoped.map((c) => c.kind))})`;
          return false;
        }
      }
      return true;
    }, { describe: () => `${why}; seen: ${lastSeen(messages, step.in, ctx.state)}` });
  },

  async fill(ctx, step) {
    const entries = Object.entries(step.fill);
    const loc = await cardWithControls(ctx, step, entries, 'inputs');
    for (const [label, value] of entries) {
      await labelledControl(loc, label).fill(String(value), { timeout: timeoutOf(step) });
    }
  },

  async select(ctx, step) {
    const entries = Object.entries(step.select);
    const loc = await cardWithControls(ctx, step, entries, 'choices');
    const timeout = timeoutOf(step);
    for (const [label, value] of entries) {
      const control = labelledControl(loc, label);
      const role = (await control.getAttribute('role', { timeout })) || '';
      const tag = await control.evaluate((el) => el.tagName.toLowerCase(), undefined, { timeout });
      const inputType = (await control.getAttribute('type', { timeout })) || '';
      const many = Array.isArray(value); // a multi-select: pick each of the values
      if (role === 'combobox') {
        await control.click({ timeout });
        for (const one of many ? value : [value]) {
          // A single choice is an option; a multi-select's choices are checkable menu items.
          const name = { name: String(one), exact: true };
          await ctx.page.getByRole('option', name).or(ctx.page.getByRole('menuitemcheckbox', name)).first().click({ timeout });
        }
        if (many) await ctx.page.keyboard.press('Escape'); // a multi-select's list stays open after a pick
      } else if (many) {
        for (const one of value) {
          await control.getByRole('checkbox', { name: String(one), exact: true }).check({ timeout });
        }
      } else if (role === 'radiogroup') {
        await control.getByRole('radio', { name: String(value), exact: true }).check({ timeout });
      } else if (role === 'checkbox' || role === 'switch' || inputType === 'checkbox') {
        await control.setChecked(value === true || value === 'true' || value === 'on', { timeout });
      } else if (tag === 'select') {
        await control.selectOption({ label: String(value) }, { timeout });
      } else {
        throw new StepError(`the control labelled ${JSON.stringify(label)} is not a choice (role "${role}", <${tag}>)`);
      }
    }
  },

  async click(ctx, step) {
    const title = step.click;
    const target = await findCardMessage(ctx, step, async (m) => m.buttons.includes(title),
      `a card with the button ${JSON.stringify(title)}${step.card ? ` and the text ${JSON.stringify(step.card)}` : ''}${step.in === 'newest' ? ' (newest card)' : ''}`);
    await beginAction(ctx);
    ctx.state.clickedIndex = target.index;
    const button = ctx.chat.message(target.index).locator('.ac-adaptiveCard').getByRole('button', { name: title, exact: true }).first();
    await button.click({ timeout: timeoutOf(step) });
    await awaitInbound(ctx, `the action of the button ${JSON.stringify(title)}`, timeoutOf(step),
      (e) => e.type === 'invoke' || (e.type === 'message' && e.value !== undefined), step.status);
  },

  async screenshot(ctx, step) {
    const file = ctx.screenshotPath(step.screenshot);
    await ctx.screenshot(file, step.of, { neutralMouse: true });
    if (step.docs && ctx.docsDir) {
      fs.mkdirSync(ctx.docsDir, { recursive: true });
      fs.copyFileSync(file, path.join(ctx.docsDir, step.docs));
      ctx.log(`    docs: ${path.relative(process.cwd(), path.join(ctx.docsDir, step.docs))}`);
    }
    return { screenshotTaken: true };
  },

  async restartBot(ctx) {
    await beginAction(ctx);
    await ctx.bot.restart();
  },

  /**
   * Clicks a card's link button (Action.OpenUrl) as a person would; the browser opens the link in a new page, which later
   * pressOnPage steps act on. Checks the page's text and screenshots that page (not the chat).
   */
  async openLink(ctx, step) {
    const title = step.openLink;
    const target = await findCardMessage(ctx, step, async (m) => m.buttons.includes(title),
      `a card with the link button ${JSON.stringify(title)}${step.card ? ` and the text ${JSON.stringify(step.card)}` : ''}`);
    await beginAction(ctx);
    // The renderer draws an Action.OpenUrl as a <button role="link">: found by its label, as readMessages lists it.
    const card = ctx.chat.message(target.index).locator('.ac-adaptiveCard');
    const button = card.getByRole('link', { name: title, exact: true }).or(card.getByRole('button', { name: title, exact: true })).first();
    const [page] = await Promise.all([
      ctx.page.context().waitForEvent('page', { timeout: timeoutOf(step) }),
      button.click({ timeout: timeoutOf(step) }),
    ]);
    ctx.linkPages.push(page);
    ctx.state.linkPage = page;
    await page.waitForLoadState('domcontentloaded', { timeout: timeoutOf(step) });
    ctx.log(`    opened ${page.url().replace(/#.*/, '#…')}`);
    if (step.expectPage) await expectOnPage(page, step.expectPage, timeoutOf(step));
    await page.screenshot({ path: ctx.screenshotPath('link-page'), timeout: 10000 });
    return { screenshotTaken: true };
  },

  /**
   * Presses a button on the page the last openLink opened: with "file", a download must come (saved next to the
   * screenshots, checked as a CSV); with "expectPage", the page must then show those texts. Screenshots the page.
   */
  async pressOnPage(ctx, step) {
    const page = ctx.state.linkPage;
    if (!page) throw new StepError('no page is open: an "openLink" step must come first');
    const button = page.getByRole('button', { name: step.pressOnPage, exact: true });
    if (step.file) {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: timeoutOf(step) }),
        button.click({ timeout: timeoutOf(step) }),
      ]);
      const failure = await download.failure();
      if (failure) throw new StepError(`the download failed: ${failure}`);
      const name = download.suggestedFilename();
      const file = ctx.screenshotPath(`download-${name}`).replace(/\.png$/, '');
      await download.saveAs(file);
      const bytes = fs.readFileSync(file);
      const rows = checkFile(name, bytes, step.file);
      ctx.log(`    downloaded ${name}: ${bytes.length} bytes, ${rows} rows (saved as ${path.relative(process.cwd(), file)})`);
      await expectOnPage(page, ['Your download has started'], timeoutOf(step));
    } else {
      await button.click({ timeout: timeoutOf(step) });
      await expectOnPage(page, step.expectPage, timeoutOf(step));
    }
    await page.screenshot({ path: ctx.screenshotPath('page-after-press'), timeout: 10000 });
    return { screenshotTaken: true };
  },

  async mockActivity(ctx, step) {
    await beginAction(ctx);
    const config = await ctx.playground.getJson('/_internal/v1/testConfig');
    const conversationId = config.config.personalChat.id;
    const template = await ctx.playground.getJson(`/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}&type=${encodeURIComponent(step.mockActivity)}`);
    const activity = { ...template, ...(step.set || {}) };
    const res = await ctx.playground.postJson('/_internal/v1/customActivities', activity);
    if (res.status !== 200) throw new StepError(`the Playground refused the custom activity: ${res.status} ${res.body}`);
    await awaitInbound(ctx, `the ${activity.type} activity`, timeoutOf(step), (e) => e.body && e.body.id === activity.id);
  },
};

async function runStep(ctx, step) {
  const type = stepType(step);
  return (await RUN[type](ctx, step)) || {};
}

module.exports = { validateScenario, validateStep, runStep, stepType, describeStep, StepError, DEFAULT_TIMEOUT_S };
