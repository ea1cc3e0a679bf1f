// dynaprune page for people: pick a model, give it an input, see what ran.
//
// Plain ES module, no build step, no dependencies, same-origin requests only. The page is
// served with a strict Content-Security-Policy (no inline script or style), so everything
// dynamic is done here with DOM and CSSOM calls; text always goes in through textContent.
//
// API used: GET /v1/models, GET /v2/models/{m} (metadata), GET /v1/models/{m}/samples,
// POST /v2/models/{m}/infer (JSON), GET /metrics (Prometheus text).

const LIVE_INTERVAL_MS = 3000;
const LIVE_WINDOW_MS = 60000; // "recent traffic" for the histogram, latency and FLOPs figures
const TOP_K = 5;
// Pen width, as a fraction of the drawing canvas: about 1.6 input pixels (the digits data set's
// strokes at 8 x 8), between 1/14 and 1/5 of the canvas.
const penFraction = () => Math.min(1 / 5, Math.max(1 / 14, state.meta ? 1.6 / state.meta.shape[1] : 0));
const KNOWN_PARAMETERS = new Set(["flops_dense", "flops_executed", "flops_skipped", "skip_ratio", "queue_ms", "compute_ms"]);

const $ = (id) => document.getElementById(id);

// What a browser test (or a curious person in the console) can read: `ready` is true once the
// selected model's metadata and samples have been fetched; `last` holds the body of the last
// successful infer request and its parsed response; `lastError` the last failure.
const hook = { ready: false, model: null, last: null, lastBudget: null, lastError: null };
if (typeof window !== "undefined") window.dynapruneUI = hook;

const state = {
  model: null, // selected model name
  meta: null, // { name, inputName, datatype, shape: [C,H,W], classNames, unitNames, unitChannels|null, platform, ... }
  input: { kind: "canvas", data: null, label: null, caption: "the drawing" },
  upload: null, // ImageBitmap or HTMLImageElement of the last upload
  pendingUpload: null, // promise while an upload is being decoded
  samples: [],
  busy: false,
  cooldownUntil: 0,
  cooldownTimer: null,
  resultSeq: 0,
  metaSeq: 0, // guards against answers for a model that is no longer selected
  live: { snapshots: [], paused: false, timer: null, inFlight: false },
};

// --------------------------------------------------------------------------- API

class ApiError extends Error {
  constructor(status, message, retryAfter = null) {
    super(message);
    this.status = status;
    this.retryAfter = retryAfter;
  }
}

function parseRetryAfter(value) {
  if (value == null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const when = Date.parse(text);
  return Number.isNaN(when) ? null : Math.max(0, Math.ceil((when - Date.now()) / 1000));
}

async function api(path, options = {}) {
  let response;
  try {
    response = await fetch(path, { credentials: "same-origin", ...options });
  } catch (err) {
    throw new ApiError(0, `the server cannot be reached (${err.message})`);
  }
  if (!response.ok) {
    let message = response.statusText || "request failed";
    try {
      const body = await response.json();
      if (body && typeof body.error === "string") message = body.error;
    } catch {
      // not JSON: keep the status text
    }
    throw new ApiError(response.status, message, parseRetryAfter(response.headers.get("Retry-After")));
  }
  return response;
}

/** POST a JSON body, answer the parsed JSON (errors as from `api`). */
async function postJson(path, body) {
  const response = await api(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  });
  return response.json();
}

const modelPath = (name) => `/v2/models/${encodeURIComponent(name)}`;

// --------------------------------------------------------------------------- messages

function showError(err, what) {
  const box = $("error");
  const status = err instanceof ApiError ? err.status : 0;
  const message = (err && err.message ? err.message : String(err)).replace(/\.\s*$/, "");
  let text;
  if ((status === 429 || status === 503) && err.retryAfter != null) {
    const wait = Math.max(1, Math.min(err.retryAfter, 600));
    text = `The server is busy (HTTP ${status}): ${message}. Try again in ${wait} s.`;
    startCooldown(wait);
  } else if (status === 0) {
    text = `${what}: ${message}.`;
  } else if (status >= 500) {
    text = `${what} failed: the server answered HTTP ${status}: ${message}`;
  } else {
    text = `${what} was refused (HTTP ${status}): ${message}`;
  }
  box.textContent = text;
  box.dataset.status = String(status);
  box.hidden = false;
}

function showNotice(text) {
  const box = $("error");
  box.textContent = text;
  box.dataset.status = "";
  box.hidden = false;
}

function clearError() {
  const box = $("error");
  box.hidden = true;
  box.textContent = "";
  delete box.dataset.status;
}

function announce(text) {
  $("status").textContent = text;
}

// --------------------------------------------------------------------------- formatting

const intFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

function fmtInt(value) {
  return Number.isFinite(value) ? intFormat.format(Math.round(value)) : "–";
}

function fmtFlopsShort(value) {
  if (!Number.isFinite(value)) return "–";
  const abs = Math.abs(value);
  for (const [scale, prefix] of [[1e12, "T"], [1e9, "G"], [1e6, "M"], [1e3, "k"]]) {
    if (abs >= scale) return `${(value / scale).toPrecision(3)} ${prefix}FLOPs`;
  }
  return `${Math.round(value)} FLOPs`;
}

function plural(count, word) {
  return `${fmtInt(count)} ${word}${Math.round(count) === 1 ? "" : "s"}`;
}

function fmtPercent(ratio, digits = 1) {
  return Number.isFinite(ratio) ? `${(ratio * 100).toFixed(digits)}%` : "–";
}

function fmtMs(value) {
  return Number.isFinite(value) ? `${value.toFixed(value < 10 ? 3 : 1)} ms` : "–";
}

function fmtNumber(value) {
  if (!Number.isFinite(value)) return String(value);
  return Number.isInteger(value) ? String(value) : value.toPrecision(4);
}

function setFigure(id, value, text, title) {
  const el = $(id);
  el.textContent = text;
  el.dataset.value = Number.isFinite(value) ? String(value) : "";
  if (title) el.title = title;
  else el.removeAttribute("title");
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

/** One bar of a per-unit picture: `ratio` of the unit's height filled, `text` for people. */
function unitBar(name, ratio, text) {
  const item = el("div", "unit");
  item.setAttribute("role", "listitem");
  item.dataset.unit = name;
  item.title = text;
  const bar = el("div", "unit-bar");
  bar.setAttribute("aria-hidden", "true");
  const fill = el("div", "unit-fill");
  fill.style.height = `${Math.max(0, Math.min(1, ratio)) * 100}%`;
  bar.append(fill);
  item.append(bar, srOnly(text));
  return item;
}

function srOnly(text) {
  return el("span", "sr-only", text);
}

// --------------------------------------------------------------------------- tensors and pixels

// RGB bytes (Float32Array, 3 per pixel, 0..255) of `source` scaled to W x H: an area average when
// shrinking (a digit drawn on 280 px becomes 8 x 8 without aliasing), bilinear when enlarging.
function scaledRgb(source, sourceW, sourceH, W, H) {
  const out = new Float32Array(W * H * 3);
  if (sourceW >= W && sourceH >= H) {
    // Bound the work for huge photos: let the browser shrink to at most 8x the target first.
    const midW = Math.min(sourceW, W * 8);
    const midH = Math.min(sourceH, H * 8);
    const mid = blackCanvas(midW, midH);
    const ctx = mid.getContext("2d", { willReadFrequently: true });
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = "high";
    ctx.drawImage(source, 0, 0, sourceW, sourceH, 0, 0, midW, midH);
    const px = ctx.getImageData(0, 0, midW, midH).data;
    const counts = new Float32Array(W * H);
    for (let y = 0; y < midH; y++) {
      const ty = Math.min(H - 1, Math.floor((y * H) / midH));
      for (let x = 0; x < midW; x++) {
        const tx = Math.min(W - 1, Math.floor((x * W) / midW));
        const t = ty * W + tx;
        const s = (y * midW + x) * 4;
        out[t * 3] += px[s];
        out[t * 3 + 1] += px[s + 1];
        out[t * 3 + 2] += px[s + 2];
        counts[t] += 1;
      }
    }
    for (let t = 0; t < W * H; t++) {
      const n = counts[t] || 1;
      out[t * 3] /= n;
      out[t * 3 + 1] /= n;
      out[t * 3 + 2] /= n;
    }
  } else {
    const small = blackCanvas(W, H);
    const ctx = small.getContext("2d", { willReadFrequently: true });
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = "high";
    ctx.drawImage(source, 0, 0, sourceW, sourceH, 0, 0, W, H);
    const px = ctx.getImageData(0, 0, W, H).data;
    for (let t = 0; t < W * H; t++) {
      out[t * 3] = px[t * 4];
      out[t * 3 + 1] = px[t * 4 + 1];
      out[t * 3 + 2] = px[t * 4 + 2];
    }
  }
  return out;
}

function blackCanvas(width, height) {
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  ctx.fillStyle = "#000";
  ctx.fillRect(0, 0, width, height);
  return canvas;
}

// C x H x W floats in [0, 1], row-major: luminance (ITU-R 601, as PIL's "L") for one channel,
// planar R, G, B for three.
function rgbToTensor(rgb, [C, H, W]) {
  const plane = H * W;
  const data = new Float32Array(C * plane);
  for (let t = 0; t < plane; t++) {
    const r = rgb[t * 3] / 255;
    const g = rgb[t * 3 + 1] / 255;
    const b = rgb[t * 3 + 2] / 255;
    if (C === 1) {
      data[t] = 0.299 * r + 0.587 * g + 0.114 * b;
    } else {
      data[t] = r;
      data[plane + t] = g;
      data[2 * plane + t] = b;
    }
  }
  return data;
}

// Paint a C x H x W tensor (values in [0, 1]) onto `canvas`, resized to W x H.
function paintTensor(canvas, data, [C, H, W]) {
  canvas.width = W;
  canvas.height = H;
  const ctx = canvas.getContext("2d");
  const image = ctx.createImageData(W, H);
  const plane = H * W;
  const byte = (v) => Math.max(0, Math.min(255, Math.round(v * 255)));
  for (let t = 0; t < plane; t++) {
    const r = byte(data[t]);
    const g = C === 3 ? byte(data[plane + t]) : r;
    const b = C === 3 ? byte(data[2 * plane + t]) : r;
    image.data.set([r, g, b, 255], t * 4);
  }
  ctx.putImageData(image, 0, 0);
}

// --------------------------------------------------------------------------- drawing

const draw = {
  canvas: null,
  ctx: null,
  cursor: null,
  pointer: null, // { id, x, y } while a pointer draws
  keyPen: false,
  keyX: 140,
  keyY: 140,
  dirty: false,
  previewQueued: false,
};

function setupCanvas() {
  draw.canvas = $("canvas");
  draw.ctx = draw.canvas.getContext("2d", { willReadFrequently: true });
  draw.cursor = $("canvas-cursor");
  draw.keyX = draw.canvas.width / 2;
  draw.keyY = draw.canvas.height / 2;
  clearCanvas();

  const c = draw.canvas;
  c.addEventListener("pointerdown", (event) => {
    if (event.button !== 0 && event.pointerType === "mouse") return;
    event.preventDefault();
    c.focus({ preventScroll: true });
    c.setPointerCapture(event.pointerId);
    const [x, y] = canvasPoint(event);
    draw.pointer = { id: event.pointerId, x, y };
    stroke(x, y, x, y);
  });
  c.addEventListener("pointermove", (event) => {
    if (!draw.pointer || draw.pointer.id !== event.pointerId) return;
    const events = typeof event.getCoalescedEvents === "function" ? event.getCoalescedEvents() : [];
    for (const e of events.length ? events : [event]) {
      const [x, y] = canvasPoint(e);
      stroke(draw.pointer.x, draw.pointer.y, x, y);
      draw.pointer.x = x;
      draw.pointer.y = y;
    }
  });
  const end = (event) => {
    if (draw.pointer && draw.pointer.id === event.pointerId) draw.pointer = null;
  };
  c.addEventListener("pointerup", end);
  c.addEventListener("pointercancel", end);
  c.addEventListener("keydown", onCanvasKey);
  c.addEventListener("focus", paintCursor);
  c.addEventListener("blur", () => {
    draw.keyPen = false;
    paintCursor();
  });

  $("clear").addEventListener("click", () => {
    clearCanvas();
    useCanvasInput();
    announce("Canvas cleared.");
  });
  $("fit").addEventListener("change", () => {
    if (state.input.kind === "canvas") queuePreview();
  });
}

function canvasPoint(event) {
  const rect = draw.canvas.getBoundingClientRect();
  return [
    ((event.clientX - rect.left) * draw.canvas.width) / rect.width,
    ((event.clientY - rect.top) * draw.canvas.height) / rect.height,
  ];
}

function clearCanvas() {
  draw.ctx.fillStyle = "#000";
  draw.ctx.fillRect(0, 0, draw.canvas.width, draw.canvas.height);
  draw.dirty = false;
}

function stroke(x0, y0, x1, y1) {
  const ctx = draw.ctx;
  ctx.strokeStyle = "#fff";
  ctx.fillStyle = "#fff";
  ctx.lineWidth = draw.canvas.width * penFraction();
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
  draw.dirty = true;
  useCanvasInput();
}

function onCanvasKey(event) {
  const step = (draw.canvas.width / 28) * (event.shiftKey ? 3 : 1);
  const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
  if (event.key in moves) {
    event.preventDefault();
    const [dx, dy] = moves[event.key];
    const x = Math.max(0, Math.min(draw.canvas.width, draw.keyX + dx));
    const y = Math.max(0, Math.min(draw.canvas.height, draw.keyY + dy));
    if (draw.keyPen) stroke(draw.keyX, draw.keyY, x, y);
    draw.keyX = x;
    draw.keyY = y;
    paintCursor();
  } else if (event.key === " " || event.key === "Spacebar") {
    event.preventDefault();
    draw.keyPen = !draw.keyPen;
    if (draw.keyPen) stroke(draw.keyX, draw.keyY, draw.keyX, draw.keyY);
    paintCursor();
    announce(draw.keyPen ? "Pen down: the arrow keys draw." : "Pen up: the arrow keys move without drawing.");
  } else if (event.key === "Escape" && draw.keyPen) {
    draw.keyPen = false;
    paintCursor();
    announce("Pen up.");
  }
}

function paintCursor() {
  const ctx = draw.cursor.getContext("2d");
  ctx.clearRect(0, 0, draw.cursor.width, draw.cursor.height);
  if (document.activeElement !== draw.canvas) return;
  ctx.lineWidth = 3;
  ctx.strokeStyle = draw.keyPen ? "#ff5a36" : "#3fa7ff";
  ctx.beginPath();
  ctx.arc(draw.keyX, draw.keyY, (draw.canvas.width * penFraction()) / 2 + 3, 0, 2 * Math.PI);
  ctx.stroke();
}

// The drawing as the model's tensor. With "fit", the strokes' bounding box (made square, with a
// small margin) fills the frame, as in the digits data set; otherwise the whole canvas is used.
function canvasTensor(shape) {
  const [, H, W] = shape;
  const source = draw.canvas;
  if (!$("fit").checked) return rgbToTensor(scaledRgb(source, source.width, source.height, W, H), shape);
  const box = inkBox(draw.ctx.getImageData(0, 0, source.width, source.height), source.width, source.height);
  if (!box) return rgbToTensor(scaledRgb(source, source.width, source.height, W, H), shape);
  const side = Math.max(box.w, box.h) * 1.15;
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const size = Math.max(W, H, Math.ceil(side));
  const crop = blackCanvas(size, size);
  crop.getContext("2d").drawImage(source, cx - side / 2, cy - side / 2, side, side, 0, 0, size, size);
  // a non-square model input keeps the square crop centred: scale it into W x H as a whole
  return rgbToTensor(scaledRgb(crop, size, size, W, H), shape);
}

function inkBox(image, width, height) {
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  const px = image.data;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (px[i] + px[i + 1] + px[i + 2] > 60) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
  }
  return x1 < 0 ? null : { x: x0, y: y0, w: x1 - x0 + 1, h: y1 - y0 + 1 };
}

// --------------------------------------------------------------------------- inputs

function useCanvasInput() {
  if (state.input.kind !== "canvas") {
    state.input = { kind: "canvas", data: null, label: null, caption: "the drawing" };
    markSample(-1);
  }
  queuePreview();
}

function queuePreview() {
  if (draw.previewQueued) return;
  draw.previewQueued = true;
  requestAnimationFrame(() => {
    draw.previewQueued = false;
    updatePreview();
  });
}

// The tensor that #submit sends, or null with a reason shown.
function currentTensor() {
  const meta = state.meta;
  if (!meta) return null;
  const { kind } = state.input;
  if (kind === "canvas") return canvasTensor(meta.shape);
  if (kind === "upload" && state.upload) {
    const image = state.upload;
    const w = image.naturalWidth || image.width;
    const h = image.naturalHeight || image.height;
    return rgbToTensor(scaledRgb(image, w, h, meta.shape[2], meta.shape[1]), meta.shape);
  }
  if (kind === "sample" && state.input.data) return state.input.data;
  return null;
}

function updatePreview() {
  const meta = state.meta;
  const caption = $("input-source");
  caption.textContent = `Input: ${state.input.caption}`;
  caption.dataset.kind = state.input.kind;
  if (!meta) return;
  const tensor = currentTensor();
  if (tensor) paintTensor($("preview"), tensor, meta.shape);
  const [C, H, W] = meta.shape;
  $("preview").setAttribute(
    "aria-label",
    `What the model will see: ${state.input.caption}, ${W} by ${H} pixels, ${C === 1 ? "grey" : "colour"}`,
  );
}

// #submit right after choosing a file waits for it to be decoded (state.pendingUpload).
function onUpload() {
  const pending = readUpload();
  state.pendingUpload = pending;
  pending.finally(() => {
    if (state.pendingUpload === pending) state.pendingUpload = null;
  });
}

async function readUpload() {
  const file = $("upload").files && $("upload").files[0];
  if (!file) return;
  try {
    state.upload = await decodeImage(file);
  } catch (err) {
    showNotice(`Could not read ${file.name} as an image (${err.message || err}).`);
    return;
  }
  clearError();
  state.input = { kind: "upload", data: null, label: null, caption: `the upload ${file.name}` };
  markSample(-1);
  updatePreview();
  announce(`Loaded ${file.name}. Press Classify to send it.`);
}

async function decodeImage(file) {
  if (typeof createImageBitmap === "function") {
    try {
      return await createImageBitmap(file);
    } catch {
      // fall back to an <img>
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

// --------------------------------------------------------------------------- models

async function loadModels() {
  const select = $("model");
  let names;
  try {
    const body = await (await api("/v1/models", { headers: { Accept: "application/json" } })).json();
    names = Array.isArray(body.models) ? body.models.map(String) : [];
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) {
      names = await modelsFromRepositoryIndex(err);
      if (names == null) return;
    } else {
      showError(err, "Listing the models");
      setTimeout(loadModels, LIVE_INTERVAL_MS);
      return;
    }
  }
  select.replaceChildren();
  if (!names.length) {
    select.append(new Option("No model is serving yet", ""));
    select.disabled = true;
    $("model-info").replaceChildren();
    announce("No model is serving yet; checking again in a few seconds.");
    setTimeout(loadModels, LIVE_INTERVAL_MS);
    return;
  }
  for (const name of names) select.append(new Option(name, name));
  const wanted = new URLSearchParams(window.location.search).get("model");
  select.value = names.includes(wanted) ? wanted : names[0];
  select.disabled = false;
  await selectModel(select.value);
}

// Servers without GET /v1/models: the repository index (refused when an admin token is set).
async function modelsFromRepositoryIndex(original) {
  try {
    const entries = await postJson("/v2/repository/index", { ready: true });
    return [...new Set(entries.map((e) => String(e.name)))].sort();
  } catch {
    showError(original, "Listing the models");
    return null;
  }
}

async function selectModel(name) {
  const seq = ++state.metaSeq;
  state.model = name;
  state.meta = null;
  hook.ready = false;
  hook.model = name;
  setSubmitEnabled();
  hideResult();
  $("samples").replaceChildren();
  $("samples-status").textContent = "Loading samples…";
  const url = new URL(window.location.href);
  url.searchParams.set("model", name);
  window.history.replaceState(null, "", url);
  let meta;
  try {
    meta = parseMetadata(await (await api(modelPath(name), { headers: { Accept: "application/json" } })).json());
  } catch (err) {
    if (seq !== state.metaSeq) return;
    showError(err, `Reading the metadata of ${name}`);
    $("samples-status").textContent = "No samples: the model's metadata could not be read.";
    return;
  }
  if (seq !== state.metaSeq) return;
  clearError();
  state.meta = meta;
  renderModelInfo(meta);
  setSubmitEnabled();
  updatePreview();
  renderLive();
  queuePreview();
  await loadSamples(name, seq);
  if (seq === state.metaSeq) hook.ready = true;
}

function parseMetadata(body) {
  const input = (body.inputs || [])[0];
  if (!input || !Array.isArray(input.shape) || input.shape.length !== 4) {
    throw new Error("the model's metadata has no [-1, C, H, W] input");
  }
  const shape = input.shape.slice(1).map(Number);
  if (!shape.every((n) => Number.isInteger(n) && n > 0) || (shape[0] !== 1 && shape[0] !== 3)) {
    throw new Error(`this page handles 1- or 3-channel image inputs; the model takes [${input.shape}]`);
  }
  const params = body.parameters || {};
  const unitNames = Array.isArray(params.unit_names) ? params.unit_names.map(String) : [];
  let unitChannels = null;
  if (Array.isArray(params.unit_channels) && params.unit_channels.length === unitNames.length) {
    unitChannels = params.unit_channels.map(Number);
  } else if (params.unit_channels && typeof params.unit_channels === "object") {
    unitChannels = unitNames.map((u) => Number(params.unit_channels[u]));
  }
  return {
    name: body.name,
    versions: body.versions || [],
    platform: body.platform || "",
    backend: body.backend || "",
    arch: params.arch || "",
    inputName: input.name,
    datatype: input.datatype || "FP32",
    shape,
    classNames: Array.isArray(params.class_names) ? params.class_names.map(String) : [],
    unitNames,
    unitChannels,
    budgets: params.flops_budget === true, // the server takes parameters.flops_budget for this model
  };
}

function renderModelInfo(meta) {
  const [C, H, W] = meta.shape;
  const facts = [
    ["Architecture", meta.arch || "–"],
    ["Platform", meta.platform || "–"],
    ["Backend", meta.backend || "–"],
    ["Versions serving", meta.versions.join(", ") || "–"],
    ["Input", `${C} × ${H} × ${W} (${C === 1 ? "grey" : "RGB"})`],
    ["Classes", String(meta.classNames.length)],
    ["Gated units", meta.unitNames.length ? String(meta.unitNames.length) : "none"],
  ];
  const list = $("model-info");
  list.replaceChildren();
  for (const [term, value] of facts) {
    const row = el("div");
    row.append(el("dt", null, term), el("dd", null, value));
    list.append(row);
  }
  list.dataset.model = meta.name;
}

// --------------------------------------------------------------------------- samples

async function loadSamples(name, seq) {
  const status = $("samples-status");
  const box = $("samples");
  let body;
  try {
    body = await (await api(`/v1/models/${encodeURIComponent(name)}/samples`, { headers: { Accept: "application/json" } })).json();
  } catch (err) {
    if (seq !== state.metaSeq) return;
    status.textContent =
      err instanceof ApiError && err.status === 404
        ? "This server has no test samples for this model."
        : `Could not load samples (${err instanceof ApiError && err.status ? `HTTP ${err.status}: ` : ""}${err.message}).`;
    return;
  }
  if (seq !== state.metaSeq) return;
  const meta = state.meta;
  const shape = Array.isArray(body.shape) ? body.shape.map(Number) : meta.shape;
  const images = Array.isArray(body.images) ? body.images : [];
  const size = shape[0] * shape[1] * shape[2];
  if (shape.join() !== meta.shape.join()) {
    status.textContent = `The samples have shape [${shape}], but the model takes [${meta.shape}]; not shown.`;
    return;
  }
  const labels = Array.isArray(body.labels) ? body.labels : [];
  const labelNames = Array.isArray(body.label_names) ? body.label_names : [];
  state.samples = [];
  box.replaceChildren();
  images.forEach((image, i) => {
    if (!Array.isArray(image) || image.length !== size) return;
    const label = labels[i];
    const labelName = sampleLabelName(label, i, labelNames, labels.length, meta.classNames);
    const index = state.samples.length;
    state.samples.push({ data: image.map(Number), label, labelName });
    const button = el("button", "sample");
    button.type = "button";
    button.dataset.index = String(index);
    if (label != null) button.dataset.label = String(label);
    button.setAttribute("aria-pressed", "false");
    const text = `Sample ${index + 1}${labelName != null ? `, labelled ${labelName}` : ""}`;
    button.setAttribute("aria-label", text);
    button.title = text;
    const thumb = el("canvas", "sample-image");
    thumb.setAttribute("aria-hidden", "true");
    paintTensor(thumb, image, shape);
    button.append(thumb, el("span", "sample-label", labelName != null ? labelName : "?"));
    button.tabIndex = index === 0 ? 0 : -1; // one tab stop for the whole set; arrow keys move within it
    button.addEventListener("click", () => pickSample(index));
    box.append(button);
  });
  const source = body.source ? ` from ${body.source}` : "";
  status.textContent = state.samples.length
    ? `${state.samples.length} samples${source}. Pick one, then press Classify.`
    : "This model has no samples to show.";
}

// Roving focus in the sample toolbar: arrows, Home and End move between thumbnails.
function onSamplesKey(event) {
  const buttons = [...$("samples").querySelectorAll(".sample")];
  const at = buttons.indexOf(document.activeElement);
  if (at < 0) return;
  const moves = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 };
  if (!(event.key in moves)) return;
  event.preventDefault();
  const next = buttons[Math.max(0, Math.min(buttons.length - 1, moves[event.key]))];
  for (const b of buttons) b.tabIndex = b === next ? 0 : -1;
  next.focus();
}

function sampleLabelName(label, i, labelNames, labelCount, classNames) {
  if (Number.isInteger(label) && label >= 0 && label < classNames.length) return classNames[label];
  if (labelNames.length === labelCount && labelNames[i] != null) return String(labelNames[i]);
  if (Number.isInteger(label) && labelNames[label] != null) return String(labelNames[label]);
  return label != null ? String(label) : null;
}

function pickSample(index) {
  const sample = state.samples[index];
  if (!sample) return;
  state.input = {
    kind: "sample",
    data: sample.data,
    label: sample.label,
    labelName: sample.labelName,
    caption: `sample ${index + 1}${sample.labelName != null ? ` (labelled ${sample.labelName})` : ""}`,
  };
  markSample(index);
  updatePreview();
  announce(`Picked ${state.input.caption}. Press Classify to send it.`);
}

function markSample(index) {
  const buttons = [...$("samples").querySelectorAll(".sample")];
  for (const button of buttons) {
    const picked = Number(button.dataset.index) === index;
    button.setAttribute("aria-pressed", String(picked));
    if (index >= 0) button.tabIndex = picked ? 0 : -1;
  }
}

// --------------------------------------------------------------------------- inference

function setSubmitEnabled() {
  const submit = $("submit");
  submit.disabled = !state.meta;
  const waiting = state.busy || Date.now() < state.cooldownUntil;
  submit.setAttribute("aria-disabled", String(waiting));
  submit.classList.toggle("waiting", waiting);
}

function startCooldown(seconds) {
  state.cooldownUntil = Date.now() + seconds * 1000;
  clearInterval(state.cooldownTimer);
  const submit = $("submit");
  const tick = () => {
    const left = Math.ceil((state.cooldownUntil - Date.now()) / 1000);
    if (left <= 0) {
      clearInterval(state.cooldownTimer);
      submit.textContent = "Classify";
      setSubmitEnabled();
      return;
    }
    submit.textContent = `Classify (wait ${left} s)`;
  };
  tick();
  setSubmitEnabled();
  state.cooldownTimer = setInterval(tick, 250);
}

async function classify() {
  if (state.busy || Date.now() < state.cooldownUntil || !state.meta) return;
  if (state.pendingUpload) await state.pendingUpload; // a file just chosen is sent, not the canvas
  const meta = state.meta;
  const blank = state.input.kind === "canvas" && !draw.dirty;
  const tensor = currentTensor();
  if (!tensor) {
    showNotice("There is no input yet: draw something, upload an image or pick a sample first.");
    return;
  }
  const [C, H, W] = meta.shape;
  const request = {
    inputs: [{ name: meta.inputName, datatype: meta.datatype, shape: [1, C, H, W], data: Array.from(tensor) }],
    outputs: [{ name: "probabilities" }, { name: "kept_channels" }],
  };
  const input = state.input;
  state.busy = true;
  setSubmitEnabled();
  announce(`Classifying ${input.caption}…`);
  try {
    const body = await postJson(`${modelPath(meta.name)}/infer`, request);
    if (state.meta !== meta) return; // the model changed while the request ran
    clearError();
    hook.last = { request, response: body };
    renderResult(meta, body, input, blank);
    resetBudget(meta, body);
  } catch (err) {
    hook.lastError = { status: err instanceof ApiError ? err.status : 0, message: err.message };
    showError(err, "Classification");
    announce("Classification failed; see the message above.");
  } finally {
    state.busy = false;
    setSubmitEnabled();
    pollSoon();
  }
}

// ---------------------------------------------------------------------- compute budget

// The last classified input again, with parameters.flops_budget = the slider's value; each answer
// becomes a row (budget, predicted class, its probability, executed share of the dense FLOPs).
function resetBudget(meta, body) {
  const box = $("budget");
  box.hidden = !meta.budgets;
  $("budget-runs").replaceChildren();
  hook.lastBudget = null;
  if (meta.budgets) addBudgetRow(meta, null, body);
  showBudgetValue();
}

function showBudgetValue() {
  $("budget-value").textContent = fmtPercent(Number($("budget-range").value));
}

function addBudgetRow(meta, budget, body) {
  const probabilities = (output(body, "probabilities") || { data: [] }).data.map(Number);
  const params = body.parameters || {};
  let top = 0;
  probabilities.forEach((p, i) => { if (p > probabilities[top]) top = i; });
  const row = el("tr", "budget-row");
  row.dataset.budget = budget == null ? "" : String(budget);
  row.dataset.classIndex = String(top);
  row.dataset.flopsExecuted = String(params.flops_executed);
  const share = Number(params.flops_executed) / Number(params.flops_dense);
  for (const text of [budget == null ? "as trained" : fmtPercent(budget), meta.classNames[top] ?? `class ${top}`,
    fmtPercent(probabilities[top]), fmtPercent(share)]) {
    row.append(el("td", null, text));
  }
  const rows = $("budget-runs");
  rows.insertBefore(row, budget == null ? null : rows.firstChild);
}

async function rerunWithBudget() {
  showBudgetValue();
  const meta = state.meta;
  if (!hook.last || !meta || !meta.budgets || state.busy) return;
  const budget = Number($("budget-range").value);
  const request = { ...hook.last.request, parameters: { flops_budget: budget } };
  state.busy = true;
  setSubmitEnabled();
  announce(`Re-running at a budget of ${fmtPercent(budget)}…`);
  try {
    const body = await postJson(`${modelPath(meta.name)}/infer`, request);
    if (state.meta !== meta) return;
    clearError();
    hook.lastBudget = { request, response: body };
    addBudgetRow(meta, budget, body);
    const p = body.parameters || {};
    announce(`At a budget of ${fmtPercent(budget)}: ${fmtPercent(Number(p.flops_executed) / Number(p.flops_dense))} of the dense FLOPs executed.`);
  } catch (err) {
    hook.lastError = { status: err instanceof ApiError ? err.status : 0, message: err.message };
    showError(err, "The budget run");
  } finally {
    state.busy = false;
    setSubmitEnabled();
    pollSoon();
  }
}

function output(body, name) {
  return (body.outputs || []).find((o) => o.name === name) || null;
}

function hideResult() {
  $("result").hidden = true;
  announce("No prediction yet.");
}

function renderResult(meta, body, input, blank = false) {
  const probabilities = (output(body, "probabilities") || { data: [] }).data.map(Number);
  const kept = (output(body, "kept_channels") || { data: [] }).data.map(Number);
  const params = body.parameters || {};
  const className = (i) => meta.classNames[i] ?? `class ${i}`;

  const order = probabilities.map((_, i) => i).sort((a, b) => probabilities[b] - probabilities[a]);
  const top = order[0];
  const top1 = $("top1");
  top1.textContent = top == null ? "–" : className(top);
  top1.dataset.classIndex = top == null ? "" : String(top);
  top1.dataset.probability = top == null ? "" : String(probabilities[top]);
  $("top1-prob").textContent = top == null ? "" : `(${fmtPercent(probabilities[top])})`;

  const expected = $("expected");
  if (input.kind === "sample" && input.labelName != null) {
    const right = Number.isInteger(input.label) ? input.label === top : input.labelName === className(top);
    expected.textContent = `The sample is labelled ${input.labelName}: ${right ? "correct" : "not what the model says"}.`;
    expected.dataset.correct = String(right);
    expected.hidden = false;
  } else {
    expected.hidden = true;
  }

  const rows = $("topk");
  rows.replaceChildren();
  for (const i of order.slice(0, TOP_K)) {
    const row = el("tr", "topk-row");
    row.dataset.classIndex = String(i);
    row.dataset.probability = String(probabilities[i]);
    const cell = el("td", "bar-cell");
    const bar = el("div", "bar");
    bar.setAttribute("aria-hidden", "true");
    const fill = el("div", "bar-fill");
    fill.style.width = `${Math.max(0, Math.min(1, probabilities[i])) * 100}%`;
    bar.append(fill);
    cell.append(el("span", "bar-text", fmtPercent(probabilities[i])), bar);
    row.append(el("td", null, className(i)), cell);
    rows.append(row);
  }

  const dense = Number(params.flops_dense);
  const executed = Number(params.flops_executed);
  const skipped = Number(params.flops_skipped);
  const ratio = Number(params.skip_ratio);
  setFigure("flops-dense", dense, fmtInt(dense), fmtFlopsShort(dense));
  setFigure("flops-executed", executed, fmtInt(executed), fmtFlopsShort(executed));
  setFigure("flops-skipped", skipped, fmtInt(skipped), fmtFlopsShort(skipped));
  setFigure(
    "skip-ratio",
    ratio,
    fmtPercent(ratio),
    ratio < 0 ? "negative: the predictors cost more than the masks saved on this input" : null,
  );
  setFigure("compute-ms", Number(params.compute_ms), fmtMs(Number(params.compute_ms)));
  setFigure("queue-ms", Number(params.queue_ms), fmtMs(Number(params.queue_ms)));

  const unitText = renderUnits(meta, kept);
  renderExtras(params);

  const result = $("result");
  result.hidden = false;
  result.dataset.seq = String(++state.resultSeq);
  result.dataset.model = body.model_name || meta.name;
  result.dataset.version = body.model_version || "";

  const parts = [
    blank ? "The canvas was empty, so a black image was sent." : "",
    `Predicted ${top == null ? "nothing" : className(top)}${top == null ? "" : ` with ${fmtPercent(probabilities[top])} probability`}.`,
  ];
  if (Number.isFinite(ratio)) parts.push(`${fmtPercent(ratio)} of the dense FLOPs skipped.`);
  if (unitText) parts.push(unitText);
  if (!expected.hidden) parts.push(expected.textContent);
  announce(parts.filter(Boolean).join(" "));
}

// One bar per gated unit in execution order: kept filters against the dense width.
function renderUnits(meta, kept) {
  const box = $("units");
  const table = $("units-table");
  const summary = $("units-summary");
  const detail = $("unit-detail");
  box.replaceChildren();
  table.replaceChildren();
  detail.textContent = "";
  const names = meta.unitNames;
  if (!names.length) {
    box.hidden = true;
    $("units-details").hidden = true;
    summary.textContent =
      "This model has no gated units (a dense Hebbian network): every input runs the whole network; " +
      "its cost depends on how many sweeps the dynamics took (below).";
    summary.dataset.units = "0";
    return "No gated units: the whole network ran.";
  }
  box.hidden = false;
  box.classList.toggle("many", names.length > 60);
  $("units-details").hidden = false;
  const widths = meta.unitChannels;
  const scale = widths ? null : Math.max(1, ...kept);
  let keptTotal = 0;
  let denseTotal = 0;
  names.forEach((name, i) => {
    const k = kept[i];
    const d = widths ? widths[i] : NaN;
    keptTotal += k;
    denseTotal += d;
    const ratio = widths ? k / d : k / scale;
    const text = widths ? `${name}: ${k} of ${d} filters kept (${fmtPercent(k / d, 0)})` : `${name}: ${k} filters kept`;
    const unit = unitBar(name, ratio, text);
    unit.dataset.kept = String(k);
    unit.dataset.dense = widths ? String(d) : "";
    unit.dataset.index = String(i);
    unit.addEventListener("pointerenter", () => {
      detail.textContent = text;
    });
    box.append(unit);

    const row = el("tr");
    row.append(el("td", null, name), el("td", null, String(k)), el("td", null, widths ? String(d) : "?"));
    table.append(row);
  });
  summary.dataset.units = String(names.length);
  if (widths) {
    summary.textContent = `${names.length} units in execution order; each bar is the share of the unit's filters that ran: ${fmtInt(keptTotal)} of ${fmtInt(denseTotal)} filters kept (${fmtPercent(keptTotal / denseTotal)}).`;
    return `${fmtInt(keptTotal)} of ${fmtInt(denseTotal)} filters kept across ${names.length} units.`;
  }
  summary.textContent = `${names.length} units in execution order; the server does not publish the dense widths, so bars are relative to the widest kept unit. ${fmtInt(keptTotal)} filters kept.`;
  return `${fmtInt(keptTotal)} filters kept across ${names.length} units.`;
}

// Family-specific response parameters (dense Hebbian: sweeps, winning_overlap).
function renderExtras(params) {
  const list = $("extras");
  list.replaceChildren();
  const extras = Object.entries(params).filter(([key]) => !KNOWN_PARAMETERS.has(key));
  for (const [key, value] of extras) {
    const row = el("div");
    const dd = el("dd", null, typeof value === "number" ? fmtNumber(value) : String(value));
    dd.id = `extra-${key.replace(/[^A-Za-z0-9_-]/g, "_")}`;
    dd.dataset.value = String(value);
    row.append(el("dt", null, key.replace(/_/g, " ")), dd);
    list.append(row);
  }
  list.hidden = extras.length === 0;
}

// --------------------------------------------------------------------------- live view (/metrics)

// Prometheus text exposition format -> Map(metric name -> [{ labels, value }]).
function parsePrometheus(text) {
  const series = new Map();
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const name = /^[A-Za-z_:][A-Za-z0-9_:]*/.exec(line);
    if (!name) continue;
    let rest = line.slice(name[0].length);
    let labels = {};
    if (rest.startsWith("{")) {
      const parsed = parseLabels(rest);
      if (!parsed) continue;
      labels = parsed.labels;
      rest = rest.slice(parsed.end);
    }
    const value = parseValue(rest.trim().split(/\s+/)[0]);
    if (Number.isNaN(value) && rest.trim().split(/\s+/)[0] !== "NaN") continue;
    if (!series.has(name[0])) series.set(name[0], []);
    series.get(name[0]).push({ labels, value });
  }
  return series;
}

function parseLabels(text) {
  const labels = {};
  let i = 1; // after "{"
  while (i < text.length) {
    while (text[i] === " " || text[i] === ",") i++;
    if (text[i] === "}") return { labels, end: i + 1 };
    const key = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
    if (!key) return null;
    i += key[0].length;
    while (text[i] === " ") i++;
    if (text[i] !== "=" || text[i + 1] !== '"') return null;
    i += 2;
    let value = "";
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\\" && i + 1 < text.length) {
        const next = text[i + 1];
        value += next === "n" ? "\n" : next;
        i += 2;
      } else {
        value += text[i++];
      }
    }
    if (text[i] !== '"') return null;
    i++;
    labels[key[0]] = value;
  }
  return null;
}

function parseValue(text) {
  if (text === "+Inf" || text === "Inf") return Infinity;
  if (text === "-Inf") return -Infinity;
  return Number(text);
}

function total(snapshot, name, match = () => true) {
  let sum = 0;
  for (const s of (snapshot && snapshot.series.get(name)) || []) if (match(s.labels)) sum += s.value;
  return sum;
}

// Counter increase from `before` to `after`; a decrease means the server restarted (count afresh).
function increase(after, before) {
  return after >= before ? after - before : after;
}

function forModel(model) {
  return (labels) => labels.model === model;
}

async function poll() {
  const live = state.live;
  clearTimeout(live.timer);
  live.timer = null;
  if (live.paused || live.inFlight) return;
  if (document.hidden) {
    live.timer = setTimeout(poll, LIVE_INTERVAL_MS);
    return;
  }
  live.inFlight = true;
  try {
    const text = await (await api("/metrics", { headers: { Accept: "text/plain" } })).text();
    const now = performance.now();
    live.snapshots.push({ t: now, series: parsePrometheus(text) });
    // keep what the window needs, plus the snapshot just before it
    while (live.snapshots.length > 2 && now - live.snapshots[1].t > LIVE_WINDOW_MS) live.snapshots.shift();
    renderLive();
    $("live-status").textContent = `Updated ${new Date().toLocaleTimeString()}; reading /metrics every ${LIVE_INTERVAL_MS / 1000} s.`;
    $("live-status").dataset.state = "ok";
  } catch (err) {
    const detail = err instanceof ApiError && err.status ? `HTTP ${err.status}: ${err.message}` : err.message;
    $("live-status").textContent = `Could not read /metrics (${detail}); trying again in ${LIVE_INTERVAL_MS / 1000} s.`;
    $("live-status").dataset.state = "error";
  } finally {
    live.inFlight = false;
    if (!live.paused) live.timer = setTimeout(poll, LIVE_INTERVAL_MS);
  }
}

function pollSoon() {
  if (!state.live.paused && !state.live.inFlight) setTimeout(poll, 150);
}

function renderLive() {
  const snaps = state.live.snapshots;
  if (!snaps.length) return;
  const cur = snaps[snaps.length - 1];
  const prev = snaps.length > 1 ? snaps[snaps.length - 2] : null;
  const oldest = snaps.length > 1 ? snaps[0] : null;
  const model = state.model;
  const mine = forModel(model);
  const windowS = oldest ? (cur.t - oldest.t) / 1000 : 0;

  const requests = total(cur, "dynaprune_requests_total", mine);
  setFigure("live-requests", requests, fmtInt(requests));
  if (prev) {
    const dt = (cur.t - prev.t) / 1000;
    const rps = increase(requests, total(prev, "dynaprune_requests_total", mine)) / dt;
    const all = increase(total(cur, "dynaprune_requests_total"), total(prev, "dynaprune_requests_total")) / dt;
    setFigure("live-rps", rps, rps.toFixed(2), `over the last ${dt.toFixed(1)} s`);
    setFigure("live-rps-all", all, all.toFixed(2), `over the last ${dt.toFixed(1)} s`);
  } else {
    setFigure("live-rps", NaN, "– (needs two readings)");
    setFigure("live-rps-all", NaN, "– (needs two readings)");
  }
  const inflight = total(cur, "dynaprune_inflight_requests");
  setFigure("live-inflight", inflight, fmtInt(inflight));

  const outcomes = new Map();
  for (const s of cur.series.get("dynaprune_requests_total") || []) {
    if (s.labels.model === model) outcomes.set(s.labels.outcome, (outcomes.get(s.labels.outcome) || 0) + s.value);
  }
  $("live-outcomes").textContent = outcomes.size
    ? `${model}, by outcome: ${[...outcomes].map(([k, v]) => `${k} ${fmtInt(v)}`).join(" · ")}`
    : `${model || "This model"} has had no inference requests since the server started.`;

  // Latency and FLOPs over the window (or since start when the window saw nothing).
  const windowed = (name) => (oldest ? increase(total(cur, name, mine), total(oldest, name, mine)) : 0);
  const latencyCount = windowed("dynaprune_request_duration_seconds_count");
  if (latencyCount > 0) {
    const mean = (windowed("dynaprune_request_duration_seconds_sum") / latencyCount) * 1000;
    setFigure("live-latency", mean, fmtMs(mean), `mean over ${plural(latencyCount, "request")} in the last ${windowS.toFixed(0)} s`);
  } else {
    setFigure("live-latency", NaN, "– (no requests lately)");
  }
  let dense = windowed("dynaprune_flops_dense_total");
  let executed = windowed("dynaprune_flops_executed_total");
  let since = `the last ${windowS.toFixed(0)} s`;
  if (!(dense > 0)) {
    dense = total(cur, "dynaprune_flops_dense_total", mine);
    executed = total(cur, "dynaprune_flops_executed_total", mine);
    since = "all traffic since the server started";
  }
  if (dense > 0) {
    const skip = 1 - executed / dense;
    setFigure("live-flops-skip", skip, fmtPercent(skip), `1 − executed / dense over ${since}`);
  } else {
    setFigure("live-flops-skip", NaN, "–");
  }

  renderSkipHistogram(cur, oldest, mine, windowS);
  renderLiveUnits(cur, oldest, mine, windowS);
}

function renderSkipHistogram(cur, oldest, mine, windowS) {
  const buckets = (snapshot) => {
    const byLe = new Map();
    for (const s of (snapshot && snapshot.series.get("dynaprune_skip_ratio_bucket")) || []) {
      if (mine(s.labels)) byLe.set(s.labels.le, (byLe.get(s.labels.le) || 0) + s.value);
    }
    return byLe;
  };
  const now = buckets(cur);
  const before = buckets(oldest);
  let counts = [...now].map(([le, c]) => ({ le, bound: parseValue(le), cum: increase(c, before.get(le) || 0) }));
  const windowTotal = counts.length ? Math.max(...counts.map((b) => b.cum)) : 0;
  const useWindow = Boolean(oldest) && windowTotal > 0;
  if (!useWindow) counts = [...now].map(([le, c]) => ({ le, bound: parseValue(le), cum: c }));
  const which = useWindow ? `last ${windowS.toFixed(0)} s` : "all images since the server started";
  counts.sort((a, b) => a.bound - b.bound);
  const bins = counts.map((b, i) => ({
    le: b.le,
    lower: i ? counts[i - 1].bound : -Infinity,
    upper: b.bound,
    count: Math.max(0, b.cum - (i ? counts[i - 1].cum : 0)),
  }));
  const images = counts.length ? counts[counts.length - 1].cum : 0;
  const sumName = "dynaprune_skip_ratio_sum";
  const countName = "dynaprune_skip_ratio_count";
  const sum = useWindow ? increase(total(cur, sumName, mine), total(oldest, sumName, mine)) : total(cur, sumName, mine);
  const n = useWindow ? increase(total(cur, countName, mine), total(oldest, countName, mine)) : total(cur, countName, mine);
  const caption = $("live-skip-caption");
  caption.textContent = images
    ? `Skip ratio per image, ${which}: ${plural(images, "image")}, mean ${fmtPercent(n ? sum / n : NaN)}`
    : "Skip ratio per image: no images classified by this model yet";
  const box = $("live-skip");
  box.replaceChildren();
  box.dataset.images = String(images);
  box.dataset.scope = useWindow ? "window" : "total";
  const visible = bins.filter((b) => Number.isFinite(b.upper) || b.count > 0);
  const peak = Math.max(1, ...visible.map((b) => b.count));
  for (const bin of visible) {
    const range = !Number.isFinite(bin.lower)
      ? `≤ ${bin.upper}`
      : Number.isFinite(bin.upper)
        ? `${bin.lower}–${bin.upper}`
        : `> ${bin.lower}`;
    const text = `skip ratio ${range}: ${plural(bin.count, "image")}`;
    const item = el("div", "hist-bin");
    item.setAttribute("role", "listitem");
    item.dataset.le = bin.le;
    item.dataset.count = String(bin.count);
    item.title = text;
    const fill = el("div", "hist-fill");
    fill.setAttribute("aria-hidden", "true");
    fill.style.height = `${(bin.count / peak) * 100}%`;
    item.append(fill, srOnly(text));
    box.append(item);
  }
}

// Per unit: the mean kept fraction of recent traffic, from the increase of the two counters over
// the window (kept_fraction / images); all images since the model was loaded when the window saw none.
function unitKeepRatios(cur, oldest, mine) {
  const perUnit = (snapshot) => {
    const sums = new Map();
    for (const s of (snapshot && snapshot.series.get("dynaprune_unit_kept_fraction_total")) || []) {
      if (mine(s.labels)) sums.set(s.labels.unit, s.value);
    }
    return sums;
  };
  const images = increase(total(cur, "dynaprune_unit_images_total", mine), total(oldest, "dynaprune_unit_images_total", mine));
  if (oldest && images > 0) {
    const now = perUnit(cur);
    const before = perUnit(oldest);
    const ratios = new Map([...now].map(([unit, sum]) => [unit, increase(sum, before.get(unit) || 0) / images]));
    return { ratios, images, windowed: true };
  }
  const ratios = new Map();
  for (const s of cur.series.get("dynaprune_unit_keep_ratio") || []) if (mine(s.labels)) ratios.set(s.labels.unit, s.value);
  return { ratios, images: total(cur, "dynaprune_unit_images_total", mine), windowed: false };
}

function renderLiveUnits(cur, oldest, mine, windowS) {
  const box = $("live-units");
  const caption = $("live-units-caption");
  box.replaceChildren();
  const { ratios, images, windowed } = unitKeepRatios(cur, oldest, mine);
  box.dataset.scope = windowed ? "window" : "total";
  const meta = state.meta;
  box.hidden = Boolean(meta && !meta.unitNames.length);
  if (box.hidden) {
    caption.textContent = "Mean kept fraction per unit: this model has no gated units";
    return;
  }
  if (!ratios.size) {
    caption.textContent = "Mean kept fraction per unit: no images classified by this model since it was loaded";
    return;
  }
  const order = meta && meta.unitNames.length ? meta.unitNames.filter((u) => ratios.has(u)) : [...ratios.keys()];
  const mean = order.reduce((a, u) => a + ratios.get(u), 0) / order.length;
  box.classList.toggle("many", order.length > 60);
  const which = windowed ? `last ${windowS.toFixed(0)} s, ${plural(images, "image")}` : "all images since the model was loaded";
  caption.textContent = `Mean kept fraction per unit, ${which} (${order.length} units, average ${fmtPercent(mean)})`;
  for (const unit of order) {
    const ratio = ratios.get(unit);
    const text = `${unit}: ${fmtPercent(ratio)} of filters kept on average`;
    const item = unitBar(unit, ratio, text);
    item.dataset.ratio = String(ratio);
    box.append(item);
  }
}

function setupLive() {
  const toggle = $("live-toggle");
  toggle.addEventListener("click", () => {
    const live = state.live;
    live.paused = !live.paused;
    toggle.setAttribute("aria-pressed", String(!live.paused));
    if (live.paused) {
      clearTimeout(live.timer);
      live.timer = null;
      $("live-status").textContent = "Updates paused.";
    } else {
      live.snapshots = [];
      poll();
    }
  });
  poll();
}

// --------------------------------------------------------------------------- start

function start() {
  setupCanvas();
  $("upload").addEventListener("change", onUpload);
  $("samples").addEventListener("keydown", onSamplesKey);
  $("submit").addEventListener("click", classify);
  $("budget-range").addEventListener("input", showBudgetValue);
  $("budget-range").addEventListener("change", rerunWithBudget);
  $("model").addEventListener("change", (event) => selectModel(event.target.value));
  setupLive();
  loadModels();
}

if (typeof document === "undefined") {
  // imported outside a browser (a unit check of the pure helpers): start nothing
} else if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start);
} else {
  start();
}

export { parsePrometheus, parseRetryAfter, rgbToTensor };
