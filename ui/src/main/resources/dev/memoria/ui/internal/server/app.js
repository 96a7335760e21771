// The page of a Memoria app. It long-polls its session for the HTML of the main area and the sidebar, merges that
// into the page by node key (so unchanged elements, focus, scroll positions and open expanders are kept), sends
// widget changes, and draws tables a window of rows at a time. Everything the server sends arrives escaped; rows
// of tables are set as text. Nothing here contacts any host but the page's own.
'use strict';
(() => {
  const body = document.body;
  const base = '/s/' + encodeURIComponent(body.dataset.session) + '/';
  const main = document.getElementById('m-main');
  const sidebar = document.getElementById('m-sidebar');
  const status = document.getElementById('m-status');
  let version = 0;
  let stopped = false;

  const sleep = millis => new Promise(resolve => setTimeout(resolve, millis));

  // ---- updates ----

  async function poll() {
    let backoff = 0;
    while (!stopped) {
      try {
        const response = await fetch(base + 'poll?after=' + version, {cache: 'no-store'});
        if (response.status === 410) {
          end();
          return;
        }
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        const update = await response.json();
        apply(update);
        backoff = 0;
        if (update.retry) {
          await sleep(update.retry); // the server holds as many polls as it can: ask again a little later
        }
      } catch (error) {
        if (stopped) {
          return;
        }
        backoff = Math.min(5000, backoff ? backoff * 2 : 250);
        showStatus('Connecting…', 'm-status-error');
        await sleep(backoff);
      }
    }
  }

  function apply(update) {
    version = update.version;
    mergeChildren(main, parse(update.main));
    mergeChildren(sidebar, parse(update.sidebar));
    sidebar.hidden = sidebar.children.length === 0;
    prepare(document);
    body.dataset.version = String(update.version);
    body.dataset.runs = String(update.runs);
    if (update.ended) {
      end();
      return;
    }
    body.dataset.state = update.running ? 'running' : 'idle';
    showStatus(update.running ? 'Running…' : '', update.running ? 'm-status-running' : '');
  }

  function parse(html) {
    const template = document.createElement('template');
    template.innerHTML = html;
    return template.content;
  }

  /** Makes live's children match fresh's, reusing live nodes with the same key. */
  function mergeChildren(live, fresh) {
    const byKey = new Map();
    for (const child of Array.from(live.children)) {
      byKey.set(child.dataset.key, child);
    }
    const wanted = [];
    for (const next of Array.from(fresh.children)) {
      const old = byKey.get(next.dataset.key);
      // an element stays an element and a block a block of the same tag; anything else is replaced
      const sameShape = old && old.tagName === next.tagName
                        && (old.dataset.sig === undefined) === (next.dataset.sig === undefined);
      if (sameShape) {
        byKey.delete(next.dataset.key);
        wanted.push(merge(old, next));
      } else {
        wanted.push(next);
      }
    }
    for (const gone of byKey.values()) {
      gone.remove();
    }
    wanted.forEach((node, i) => {
      if (live.children[i] !== node) {
        live.insertBefore(node, live.children[i] || null);
      }
    });
  }

  /** The node to show for key-matched old and next: old itself when possible. */
  function merge(old, next) {
    if (next.dataset.sig !== undefined) {
      if (old.dataset.sig === next.dataset.sig) {
        old.className = next.className;
        return old;
      }
      return replaceKeepingFocus(old, next);
    }
    old.className = next.className; // an expander keeps its open attribute: the user's choice
    if (next.dataset.weights !== undefined) {
      old.dataset.weights = next.dataset.weights;
    }
    const summary = old.querySelector(':scope > summary');
    const nextSummary = next.querySelector(':scope > summary');
    if (summary && nextSummary && summary.innerHTML !== nextSummary.innerHTML) {
      summary.innerHTML = nextSummary.innerHTML;
    }
    mergeChildren(contentOf(old), contentOf(next));
    return old;
  }

  function contentOf(block) {
    return block.querySelector(':scope > [data-body]') || block;
  }

  function replaceKeepingFocus(old, next) {
    const focused = old.contains(document.activeElement) ? document.activeElement : null;
    old.replaceWith(next);
    if (focused) {
      const control = next.querySelector(focused.tagName);
      if (control) {
        control.focus();
        if (typeof focused.selectionStart === 'number' && typeof control.setSelectionRange === 'function') {
          try {
            control.setSelectionRange(focused.selectionStart, focused.selectionEnd);
          } catch (notText) {
            // inputs such as number fields have no caret to restore
          }
        }
      }
    }
    return next;
  }

  /** Applies what markup cannot carry under the page's content security policy: column widths, table windows. */
  function prepare(root) {
    for (const row of root.querySelectorAll('.m-columns[data-weights]')) {
      const weights = row.dataset.weights.split(' ').map(Number);
      Array.from(row.children).forEach((column, i) => {
        column.style.flexGrow = String(weights[i] || 1);
      });
    }
    for (const table of root.querySelectorAll('.m-table:not([data-ready])')) {
      tableWindow(table);
    }
  }

  function showStatus(text, kind) {
    status.textContent = text;
    status.className = 'm-status ' + kind;
  }

  function end() {
    stopped = true;
    body.dataset.state = 'ended';
    showStatus('This session has ended. Reload the page to start a new one.', 'm-status-ended');
  }

  // ---- widgets ----

  function send(widgetId, value) {
    if (stopped) {
      return;
    }
    showStatus('Running…', 'm-status-running');
    fetch(base + 'widget', {
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({id: widgetId, value: value}),
    }).then(response => {
      if (response.status === 410) {
        end();
      }
    }).catch(() => showStatus('Connecting…', 'm-status-error'));
  }

  function valueOf(kind, control) {
    switch (kind) {
      case 'checkbox':
        return control.checked;
      case 'slider':
      case 'numberInput':
        return Number.isFinite(control.valueAsNumber) ? control.valueAsNumber : undefined;
      case 'textInput':
      case 'textArea':
        return control.value;
      case 'selectbox':
      case 'radio':
        return Number(control.value);
      case 'multiselect':
        return Array.from(control.selectedOptions, option => Number(option.value));
      case 'dateInput':
        return control.value || undefined;
      default:
        return undefined;
    }
  }

  document.addEventListener('click', event => {
    const button = event.target.closest('.m-button');
    const widget = button && button.closest('[data-widget]');
    if (widget) {
      send(widget.dataset.widget, true);
    }
  });

  document.addEventListener('change', event => {
    const widget = event.target.closest('[data-widget]');
    if (!widget) {
      return;
    }
    const value = valueOf(widget.dataset.kind, event.target);
    if (value !== undefined) {
      send(widget.dataset.widget, value);
    }
  });

  document.addEventListener('input', event => {
    if (event.target.type === 'range') {
      const output = event.target.closest('label').querySelector('output');
      if (output) {
        output.textContent = event.target.value;
      }
    }
  });

  document.addEventListener('keydown', event => {
    const widget = event.target.closest('[data-kind="textArea"]');
    if (widget && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      send(widget.dataset.widget, event.target.value);
    }
  });

  // ---- tables: only the rows in view are in the page; others are fetched in chunks as the user scrolls ----

  const ROW_HEIGHT = 28;
  const CHUNK = 100;
  // browsers cap element heights; beyond this the scroll position maps to rows proportionally
  const MAX_SPACER = 4000000;

  function tableWindow(table) {
    table.dataset.ready = '1';
    const total = Number(table.dataset.rows);
    const columns = Number(table.dataset.cols);
    const viewport = table.querySelector('.m-viewport');
    const spacer = table.querySelector('.m-spacer');
    const rowBox = table.querySelector('.m-window');
    const height = Math.min(total * ROW_HEIGHT, MAX_SPACER);
    const scaled = total * ROW_HEIGHT > MAX_SPACER;
    table.style.setProperty('--columns', String(columns));
    spacer.style.height = height + 'px';
    viewport.style.height = Math.min(height, 400) + 'px';

    const chunks = new Map();
    const loading = new Set();
    chunks.set(0, Array.from(rowBox.children, row => Array.from(row.children, cell => cell.textContent)));
    let scheduled = false;

    function firstInView() {
      if (!scaled) {
        return Math.floor(viewport.scrollTop / ROW_HEIGHT);
      }
      const inView = Math.ceil(viewport.clientHeight / ROW_HEIGHT);
      const fraction = viewport.scrollTop / Math.max(1, height - viewport.clientHeight);
      return Math.floor(fraction * Math.max(0, total - inView));
    }

    function draw() {
      scheduled = false;
      const inView = firstInView();
      const first = Math.max(0, inView - 5);
      const last = Math.min(total, inView + Math.ceil(viewport.clientHeight / ROW_HEIGHT) + 5);
      const rows = [];
      for (let r = first; r < last; r++) {
        const chunk = chunks.get(Math.floor(r / CHUNK));
        if (chunk === undefined || chunk[r % CHUNK] === undefined) {
          load(Math.floor(r / CHUNK));
        }
        rows.push(rowElement(chunk && chunk[r % CHUNK], r, columns));
      }
      const top = scaled ? viewport.scrollTop - (inView - first) * ROW_HEIGHT : first * ROW_HEIGHT;
      rowBox.style.transform = 'translateY(' + Math.max(0, top) + 'px)';
      rowBox.replaceChildren(...rows);
    }

    function schedule() {
      if (!scheduled) {
        scheduled = true;
        requestAnimationFrame(draw);
      }
    }

    async function load(chunk) {
      if (loading.has(chunk)) {
        return;
      }
      loading.add(chunk);
      try {
        const response = await fetch(base + 'rows?table=' + encodeURIComponent(table.dataset.table)
                                     + '&from=' + chunk * CHUNK + '&count=' + CHUNK, {cache: 'no-store'});
        if (response.ok) {
          chunks.set(chunk, (await response.json()).rows);
          schedule();
        }
      } finally {
        loading.delete(chunk);
      }
    }

    viewport.addEventListener('scroll', schedule, {passive: true});
  }

  function rowElement(cells, index, columns) {
    const row = document.createElement('div');
    row.className = 'm-row';
    const texts = cells || [String(index)].concat(new Array(columns).fill('…'));
    texts.forEach((text, i) => {
      const cell = document.createElement('div');
      cell.className = i === 0 ? 'm-cell m-index' : 'm-cell';
      cell.textContent = text;
      row.appendChild(cell);
    });
    return row;
  }

  // ---- the session's end ----

  window.addEventListener('pagehide', () => {
    stopped = true;
    navigator.sendBeacon(base + 'end');
  });
  window.addEventListener('pageshow', event => {
    if (event.persisted) {
      location.reload(); // restored from the back-forward cache: its session ended on pagehide
    }
  });

  prepare(document); // the first run arrives in the page's HTML; the first poll (after version 0) brings it again
  poll();
})();
