// <nexus-network>: draws a network with Cytoscape.js from JSON set by the server. Colours, sizes, classes
// and (for large networks) positions are decided on the server; the browser only draws and reports clicks.
// Reports what it drew in attributes that tests read: rendered-nodes, rendered-links, layout, render-ms.
import cytoscape from 'cytoscape';

const STYLE = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-size': 9,
      'min-zoomed-font-size': 7,
      'text-valign': 'bottom',
      'text-margin-y': 2,
      color: '#2d3748',
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.Gang, node.Ocg', style: { shape: 'hexagon', 'font-weight': 'bold' } },
  // Things (incidents, objects, places, reports) are labelled only when zoomed in: people and groups first.
  { selector: 'node.Incident', style: { shape: 'round-rectangle', 'min-zoomed-font-size': 14 } },
  { selector: 'node.Phone, node.Vehicle, node.Weapon', style: { shape: 'triangle', 'min-zoomed-font-size': 14 } },
  { selector: 'node.Location', style: { shape: 'diamond', 'min-zoomed-font-size': 14 } },
  { selector: 'node.IntelReport', style: { shape: 'tag', 'min-zoomed-font-size': 14 } },
  // People recorded only as victim or witness: their own colour and a dashed ring in every mode.
  {
    selector: 'node.victim',
    style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': '#2b6cb0', shape: 'ellipse' },
  },
  { selector: 'node.centre', style: { 'border-width': 3, 'border-color': '#1a202c' } },
  { selector: 'node.past-review', style: { opacity: 0.6 } },
  {
    selector: 'edge',
    style: {
      width: 1,
      'line-color': 'data(color)',
      'curve-style': 'haystack',
      opacity: 0.7,
    },
  },
  { selector: 'edge.assessment', style: { 'line-style': 'dashed', 'curve-style': 'straight' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#d69e2e' } },
  { selector: '.faded', style: { opacity: 0.15 } },
  {
    selector: 'node.on-path',
    style: { 'border-width': 4, 'border-color': '#dd6b20', opacity: 1, 'z-index': 10, 'font-weight': 'bold' },
  },
  {
    selector: 'edge.on-path',
    style: { width: 5, 'line-color': '#dd6b20', opacity: 1, 'z-index': 10, 'curve-style': 'straight' },
  },
];

class NexusNetwork extends HTMLElement {
  set graph(value) {
    this._graph = value;
    this._render();
  }

  get graph() {
    return this._graph;
  }

  connectedCallback() {
    if (!this._container) {
      this._container = document.createElement('div');
      this._container.style.width = '100%';
      this._container.style.height = '100%';
      this._container.setAttribute('role', 'img');
      this.appendChild(this._container);
    }
    this._render();
  }

  disconnectedCallback() {
    if (this._cy) {
      this._cy.destroy();
      this._cy = null;
    }
  }

  /** Where a shown node is on the page (client coordinates), or null: for keyboard-free tests and tours. */
  nodePosition(key) {
    if (!this._cy) {
      return null;
    }
    const node = this._cy.getElementById(key);
    if (node.empty()) {
      return null;
    }
    const p = node.renderedPosition();
    const box = this._container.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }

  /** Centres the view on a node and selects it, as if it had been clicked. */
  focusNode(key) {
    if (!this._cy) {
      return;
    }
    const node = this._cy.getElementById(key);
    if (node.nonempty()) {
      this._cy.elements().unselect();
      node.select();
      this._cy.animate({ center: { eles: node }, zoom: Math.max(this._cy.zoom(), 1) }, { duration: 200 });
    }
  }

  _render() {
    if (!this._container || !this._graph || !this.isConnected) {
      return;
    }
    const started = performance.now();
    const g = JSON.parse(this._graph);
    const previous = new Map();
    if (this._cy) {
      this._cy.nodes().forEach((n) => previous.set(n.id(), Object.assign({}, n.position())));
      this._cy.destroy();
    }
    const anchor = g.anchor && previous.get(g.anchor);
    const elements = [];
    g.nodes.forEach((n, i) => {
      const element = { group: 'nodes', data: n, classes: n.classes };
      if (g.serverLayout) {
        element.position = { x: n.x, y: n.y };
      } else if (previous.has(n.id)) {
        element.position = previous.get(n.id);
      } else if (anchor) {
        // New neighbours start around the node they were expanded from.
        const angle = (2 * Math.PI * i) / Math.max(1, g.nodes.length);
        element.position = { x: anchor.x + 60 * Math.cos(angle), y: anchor.y + 60 * Math.sin(angle) };
      }
      elements.push(element);
    });
    g.links.forEach((l) => elements.push({ group: 'edges', data: l, classes: l.classes }));
    const large = g.nodes.length > 1000;
    const layout = g.serverLayout
      ? { name: 'preset', fit: true, padding: 20 }
      : {
          name: 'cose',
          animate: false,
          randomize: previous.size === 0,
          fit: true,
          padding: 30,
          nodeRepulsion: () => 8000,
          idealEdgeLength: () => 60,
          numIter: 1000,
        };
    this._cy = cytoscape({
      container: this._container,
      elements,
      style: STYLE,
      layout,
      selectionType: 'single',
      boxSelectionEnabled: false,
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      hideLabelsOnViewport: large,
      pixelRatio: large ? 1 : 'auto',
      wheelSensitivity: 0.3,
      // Fitting a handful of nodes would blow them up; never fit closer than this.
      maxZoom: 2.5,
    });
    this._cy.on('tap', 'node', (e) =>
      this.dispatchEvent(new CustomEvent('node-selected', { detail: { key: e.target.id() } })),
    );
    this._cy.on('dbltap', 'node', (e) =>
      this.dispatchEvent(new CustomEvent('node-expand', { detail: { key: e.target.id() } })),
    );
    if (g.selected) {
      const s = this._cy.getElementById(g.selected);
      if (s.nonempty()) {
        s.select();
      }
    }
    this.setAttribute('rendered-nodes', String(this._cy.nodes().length));
    this.setAttribute('rendered-links', String(this._cy.edges().length));
    this.setAttribute('layout', g.serverLayout ? 'server' : 'client');
    this.setAttribute('path-links', String(this._cy.edges('.on-path').length));
    this.setAttribute('render-ms', String(Math.round(performance.now() - started)));
  }
}

customElements.define('nexus-network', NexusNetwork);
