// <nexus-chart>: renders a Chart.js chart from a JSON configuration set by the server.
import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

class NexusChart extends HTMLElement {
  set config(value) {
    this._config = value;
    this._render();
  }

  get config() {
    return this._config;
  }

  connectedCallback() {
    if (!this._canvas) {
      this._canvas = document.createElement('canvas');
      this._canvas.setAttribute('role', 'img');
      this.appendChild(this._canvas);
    }
    this._render();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  _render() {
    if (!this._canvas || !this._config || !this.isConnected) {
      return;
    }
    const config = JSON.parse(this._config);
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options || {});
    if (this._chart) {
      this._chart.destroy();
    }
    this._chart = new Chart(this._canvas, config);
    this._canvas.setAttribute('aria-label', this.getAttribute('aria-label') || 'chart');
    this.setAttribute('rendered', String(config.data.datasets.reduce((n, d) => n + d.data.length, 0)));
  }
}

customElements.define('nexus-chart', NexusChart);
