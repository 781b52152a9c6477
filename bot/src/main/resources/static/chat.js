// The local chat page: posts what you type or press to Quorum's Direct Line-style endpoint and shows the replies,
// rendering Adaptive Cards with Microsoft's renderer. Messages and card text get the Markdown subset Teams renders
// (bold, italic, links, lists, line breaks); text is HTML-escaped before that subset is applied, so nothing a
// message carries is ever inserted as HTML.
(function () {
  function escape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

  function inline(line) {
    return line
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/(^|[^*\w])\*([^*\s][^*]*?)\*(?![*\w])/g, '$1<em>$2</em>')
      .replace(/(^|[^\w])_([^_\s][^_]*?)_(?![\w])/g, '$1<em>$2</em>')
      .replace(/\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g, '<a href="$2" target="_blank" rel="noopener">$1</a>');
  }

  // Teams' Markdown: paragraphs, "- " and "1. " lists, **bold**, *italic* or _italic_, [text](https://...).
  function markdown(text) {
    const html = [];
    let list = null;
    escape(text).split('\n').forEach(function (line) {
      const bullet = /^\s*[-*] (.*)$/.exec(line);
      const numbered = /^\s*\d+\. (.*)$/.exec(line);
      const kind = bullet ? 'ul' : numbered ? 'ol' : null;
      if (list && kind !== list) { html.push('</' + list + '>'); list = null; }
      if (kind) {
        if (!list) { html.push('<' + kind + '>'); list = kind; }
        html.push('<li>' + inline((bullet || numbered)[1]) + '</li>');
      } else if (line.trim()) {
        html.push('<p>' + inline(line) + '</p>');
      }
    });
    if (list) { html.push('</' + list + '>'); }
    return html.join('');
  }

  AdaptiveCards.AdaptiveCard.onProcessMarkdown = function (text, result) {
    result.outputHtml = markdown(text);
    result.didProcess = true;
  };

  const transcript = document.getElementById('transcript');
  const input = document.getElementById('message');
  const role = document.getElementById('role');
  let conversationId = null;
  let watermark = 0;

  function show(kind, text) {
    const div = document.createElement('div');
    div.className = 'message ' + kind;
    if (kind === 'bot') { div.innerHTML = markdown(text); } else { div.textContent = text; }
    transcript.appendChild(div);
    transcript.scrollTop = transcript.scrollHeight;
    return div;
  }

  function showCard(content) {
    const card = new AdaptiveCards.AdaptiveCard();
    card.onExecuteAction = function (action) {
      const data = Object.assign({}, action.data || {});
      if (action.verb) { data.verb = action.verb; }
      send(null, data);
    };
    card.parse(content);
    const div = document.createElement('div');
    div.className = 'message bot card';
    div.appendChild(card.render());
    transcript.appendChild(div);
    transcript.scrollTop = transcript.scrollHeight;
  }

  // The composer is usable once Quorum has opened the conversation: a message typed before that would have
  // nowhere to go.
  async function start() {
    const response = await fetch('chat/api/conversations', { method: 'POST' });
    conversationId = (await response.json()).conversationId;
    document.getElementById('send').disabled = false;
    poll();
  }

  async function send(text, value) {
    if (text) { show('user', text); }
    const response = await fetch('chat/api/conversations/' + encodeURIComponent(conversationId) + '/activities', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: text, value: value, role: role.value })
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      show('bot', problem.detail || 'Quorum could not take that message.');
    }
  }

  async function poll() {
    try {
      const response = await fetch('chat/api/conversations/' + encodeURIComponent(conversationId)
        + '/activities?watermark=' + watermark);
      if (response.ok) {
        const page = await response.json();
        watermark = page.watermark;
        page.activities.filter(a => a.type === 'message').forEach(a => {
          // Teams' file consent needs Teams and OneDrive: here it is only described.
          const offers = (a.attachments || []).filter(x => x.contentType === 'application/vnd.microsoft.teams.card.file.consent');
          if (offers.length) {
            offers.forEach(o => show('bot', 'In Teams, Quorum would offer the file ' + o.name
              + ' here for you to allow into your OneDrive. The chat page cannot receive files.'));
            return;
          }
          const cards = (a.attachments || []).filter(x => x.contentType === 'application/vnd.microsoft.card.adaptive');
          if (cards.length) { cards.forEach(c => showCard(c.content)); } else if (a.text) { show('bot', a.text); }
        });
      }
    } finally {
      setTimeout(poll, 500);
    }
  }

  document.getElementById('composer').addEventListener('submit', function (event) {
    event.preventDefault();
    const text = input.value.trim();
    if (text) { input.value = ''; send(text, null); }
  });

  start();
})();
