'use strict';
// The Playground's chat pane as a person sees it. The Playground renders each message as a block whose
// first child is a "Message header" (author + time; bot messages name their author, the user's own do
// not) and whose body holds the text or the Adaptive Card (Fluent UI v9 renderer, class ac-adaptiveCard).
// Card ids from the JSON are not kept in the DOM (elements get generated __ac-<uuid> ids), so cards are
// found by their visible text; the card *kind* is checked on the wire instead (see traffic.js).

const HEADER = '[aria-label="Message header"]';
const AUTHOR = '[aria-label="Message author"]';
const COMPOSE = 'div[contenteditable="true"][role="textbox"]';

/** Runs in the page: every message in order, with what a person can read and press in it. */
function readMessages() {
  const headers = [...document.querySelectorAll('[aria-label="Message header"]')];
  return headers.map((header, index) => {
    const message = header.parentElement;
    const author = header.querySelector('[aria-label="Message author"]');
    const headerText = header.innerText || '';
    let text = (message.innerText || '');
    if (text.startsWith(headerText)) text = text.slice(headerText.length);
    // Card actions only (not the Playground's own "Show more information" / "Dismiss Invoke Message").
    const buttons = [...message.querySelectorAll('.ac-adaptiveCard button[aria-label]')]
      .map((b) => b.getAttribute('aria-label'))
      .filter(Boolean);
    return {
      index,
      bot: Boolean(author),
      author: author ? author.innerText.trim() : 'you',
      text: text.replace(/\n{3,}/g, '\n\n').trim(),
      hasCard: Boolean(message.querySelector('.ac-adaptiveCard')),
      buttons,
    };
  });
}

class Chat {
  constructor(page) {
    this.page = page;
  }

  /** Every message currently in the chat pane. */
  messages() {
    return this.page.evaluate(readMessages);
  }

  /** A locator for the message at this index. */
  message(index) {
    return this.page.locator(HEADER).nth(index).locator('xpath=..');
  }

  /** Types into the compose box and presses Enter, as a person would. */
  async say(text, timeoutMs) {
    const box = this.page.locator(COMPOSE);
    await box.click({ timeout: timeoutMs });
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** The whole chat pane as plain text, one block per message (for failure reports). */
  async transcript() {
    const messages = await this.messages().catch(() => []);
    if (!messages.length) return '  (the chat pane shows no messages)';
    return messages.map((m) => {
      const body = m.text.split('\n').filter((l) => l.trim()).map((l) => `      ${l}`).join('\n');
      const buttons = m.buttons.length ? `\n      [buttons: ${m.buttons.join(' | ')}]` : '';
      return `  #${m.index} ${m.author}${m.hasCard ? ' (card)' : ''}:\n${body}${buttons}`;
    }).join('\n');
  }
}

module.exports = { Chat, HEADER, AUTHOR, COMPOSE };
