import {
  applyNodeChanges,
  Background,
  Controls,
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
  type Edge,
  type EdgeTypes,
  type Node,
  type NodeChange,
  type NodeMouseHandler,
  type NodeTypes,
  type Viewport,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { DEFAULT_LAYOUT } from '../../core/org/layout';
import { hiredRoles } from '../../core/scenario/hired-roles';
import { useEditor, useEditorStore } from '../editor/editor-context';
import { INITIAL_CARD_BUDGET } from '../editor/initial-collapse';
import { isCompact, useChartLayoutChoice } from './chart-layout';
import { ChartSketch, isSketched } from './ChartSketch';
import { DottedLineEdge } from './DottedLineEdge';
import { moveByDrop } from './drop-move';
import { cardUnderPointer } from './drop-target';
import type { Role, ScenarioEvent } from '../../core/scenario/types';
import { useSimulation } from '../simulation/simulation-store';
import {
  keepUnchanged,
  reportDescribes,
  rolesAtQuarter,
  sameShownOrg,
  toFlowElements,
  type RoleNode,
} from './flow-elements';
import { chartBounds } from './overview-geometry';
import { MIN_ZOOM, fitViewport, openingLayers, openingView } from './opening-view';
import { OverviewMap } from './OverviewMap';
import { RoleCard } from './RoleCard';
import { ShownQuarterContext } from './shown-quarter';
import { StackedEdge } from './StackedEdge';
import styles from './OrgCanvas.module.css';

// Module scope: a new object on each render would make React Flow remount every node.
const nodeTypes: NodeTypes = { role: RoleCard };
const edgeTypes: EdgeTypes = { dotted: DottedLineEdge, stacked: StackedEdge };
const NO_DELETE_KEY = null;
// Ctrl/⌘-click is handled here (it toggles a role in the editor's selection), not by React Flow.
const NO_MULTI_SELECTION_KEY = null;

/** Shift, Ctrl or ⌘ held: a click adds or removes a role instead of selecting it alone. */
const adds = (event: MouseEvent) => event.shiftKey || event.ctrlKey || event.metaKey;

/**
 * The org chart for editing. Positions always come from the pure layout; a drag only moves a card
 * until it is dropped, when it becomes one "move" edit (or snaps back with a hint saying why not).
 */
export function EditableCanvas() {
  const editor = useEditorStore();
  const roles = useEditor((s) => s.scenario?.roles ?? EMPTY);
  const collapsed = useEditor((s) => s.collapsed);
  const overlay = useEditor((s) => s.overlay);
  const focusRequest = useEditor((s) => s.focusRequest);
  const fitRequest = useEditor((s) => s.fitRequest);
  const scenarioId = useEditor((s) => s.scenarioId);
  const flow = useReactFlow();
  const storeApi = useStoreApi();

  // With heat on and a report of this very revision, the chart shows the org as it stands in the
  // scrubbed quarter: hires appear, departures vanish, reorgs move. A stale report (an edit is being
  // re-run) shows the design, so a role just added never blinks out.
  const revision = useEditor((s) => s.revision);
  const events = useEditor((s) => s.scenario?.events ?? EMPTY_EVENTS);
  const report = useSimulation((s) => (s.heat && s.reportScenarioRevision === revision ? s.report : null));
  const quarter = useSimulation((s) => s.quarter);
  const hired = useMemo(() => hiredRoles(events), [events]);
  // Scrubbing or playing to a quarter whose chart is the same as the last one's keeps that list, so the
  // chart is not laid out again: only the heat changes, and each card reads its own.
  const lastShown = useRef<{ roles: readonly Role[]; hired: readonly Role[]; shown: readonly Role[] }>(null);
  const fromReport = report !== null && quarter > 0 && reportDescribes(roles, report);
  const shownRoles = useMemo(() => {
    const next = fromReport ? rolesAtQuarter(roles, hired, report, quarter) : roles;
    const last = lastShown.current;
    const shown =
      last && last.roles === roles && last.hired === hired && sameShownOrg(last.shown, next)
        ? last.shown
        : next;
    lastShown.current = { roles, hired, shown };
    return shown;
  }, [roles, hired, report, quarter, fromReport]);
  // Each card says which team size it shows; a new value re-renders the cards, which a new quarter does
  // anyway (each card's heat names its quarter).
  const teamsOf = fromReport ? quarter : null;
  // Every card reads this context, so an edit that changes no team (a strength, a department) keeps the
  // same map: a new one would re-render every card on the chart.
  const lastTeams = useRef<ReadonlyMap<string, number>>(null);
  const designTeams = useMemo(() => {
    const last = lastTeams.current;
    if (last && last.size === roles.length && roles.every((r) => last.get(r.id) === r.team)) return last;
    const teams = new Map(roles.map((r) => [r.id, r.team]));
    lastTeams.current = teams;
    return teams;
  }, [roles]);
  const shownQuarter = useMemo(() => ({ quarter: teamsOf, designTeams }), [teamsOf, designTeams]);
  const compact = isCompact(useChartLayoutChoice(), roles.length);
  const elements = useMemo(
    () => toFlowElements(shownRoles, { collapsed, overlay, compact }),
    [shownRoles, collapsed, overlay, compact],
  );
  const [nodes, setNodes] = useState<RoleNode[]>(elements.nodes);

  // A new layout replaces the positions; a card whose place and data are the same keeps its node, so
  // React Flow leaves it alone (an edit of 1,500 roles re-renders those 1,500, not the chart). Not
  // during a drag: a layout that lands then (a re-run's results arriving, say) would swap the nodes React
  // Flow is dragging for new ones, and each drag step would then replace them again, without end
  // (React's "maximum update depth"). The drop applies the latest layout (or the edit it makes brings a
  // new one). The selection is not in the nodes: it lives in the editor store, and each card reads its
  // own flag there, so selecting a department touches no node.
  const dragging = useRef(false);
  useEffect(() => {
    if (dragging.current) return;
    setNodes((current) => keepUnchanged(current, elements.nodes));
  }, [elements]);
  const onNodeDragStart = useCallback(() => {
    dragging.current = true;
  }, []);

  /** Each reveal centres once, when its card is laid out; later edits leave the view where it is. */
  const centred = useRef<typeof focusRequest>(null);
  useEffect(() => {
    if (!focusRequest || focusRequest === centred.current) return;
    // From the layout, not React Flow: a sketched chart gives React Flow no nodes.
    const node = nodes.find((n) => n.id === focusRequest.id);
    if (!node) return;
    centred.current = focusRequest;
    const zoom = Math.max(flow.getZoom(), 0.8);
    void flow.setCenter(
      node.position.x + DEFAULT_LAYOUT.nodeWidth / 2,
      node.position.y + DEFAULT_LAYOUT.nodeHeight / 2,
      { zoom, duration: 250 },
    );
  }, [focusRequest, flow, nodes]);

  const latestNodes = useRef(nodes);
  latestNodes.current = nodes;
  const latestOrg = useRef({ roles, compact, scenarioId });
  latestOrg.current = { roles, compact, scenarioId };
  const pane = useCallback(() => {
    const { width, height } = storeApi.getState();
    return { width, height };
  }, [storeApi]);
  const shownBounds = () =>
    chartBounds(latestNodes.current, DEFAULT_LAYOUT.nodeWidth, DEFAULT_LAYOUT.nodeHeight);
  // The scenario whose opening view is in place (the chart says so: data-opened, which tests wait on).
  const [openedScenario, setOpenedScenario] = useState<string | null>(null);
  /**
   * The first view of what is laid out now (openingView: whole if readable, else readable on the top).
   * Computed here from the layout, not by React Flow's fitView, which could fit before it knew the
   * pane's size; the chart stays hidden until then (data-opened), so it never shows unfitted.
   */
  const showOpening = useCallback(() => {
    const top = latestNodes.current.find((n) => n.data.depth === 0)?.position;
    void flow.setViewport(openingView(shownBounds(), top, pane()));
    setOpenedScenario(latestOrg.current.scenarioId);
  }, [flow, pane]);
  /** A view to move to once the chart is a sketch (see the fit request below). */
  const [sketchedView, setSketchedView] = useState<Viewport | null>(null);
  /** The next fit request opens a scenario: shown at once, not animated (see showOpening). */
  const openingFit = useRef(false);
  /**
   * A big org (one that opens with layers hidden) opens on as many top layers as fit the pane readable
   * (openingLayers); then, as any other, whole if that is readable, else readable on its top role.
   */
  const openChart = useCallback(() => {
    const { width, height } = pane();
    if (!width || !height) {
      requestAnimationFrame(() => openChartNext.current()); // not measured yet
      return;
    }
    const { roles: all, compact: stacked } = latestOrg.current;
    const layers = all.length > INITIAL_CARD_BUDGET ? openingLayers(all, pane(), stacked) : null;
    if (layers !== null) {
      openingFit.current = true;
      editor.getState().showLayers(layers); // asks for a fit: the opening view once laid out, below
    } else {
      showOpening();
    }
  }, [editor, pane, showOpening]);
  const openChartNext = useRef(openChart);
  openChartNext.current = openChart;
  // The first view, two frames after React Flow is ready (it knows the pane's size by then).
  const onInit = useCallback(() => {
    requestAnimationFrame(() => requestAnimationFrame(openChart));
  }, [openChart]);

  // Another scenario of the project: open it on its top layers too.
  const shownScenario = useRef(scenarioId);
  useEffect(() => {
    if (shownScenario.current === scenarioId) return;
    shownScenario.current = scenarioId;
    const frame = requestAnimationFrame(openChart);
    return () => cancelAnimationFrame(frame);
  }, [scenarioId, openChart]);

  useEffect(() => {
    if (fitRequest === 0) return;
    const opening = openingFit.current;
    openingFit.current = false;
    // After the new layout has rendered. Computed from the layout, not by React Flow's fitView, which
    // waits for a render of the nodes it fits.
    const frame = requestAnimationFrame(() => {
      if (opening) showOpening();
      else {
        // Animated into a view of cards. Into a sketch, the cards go first, then the view moves: moved
        // first, React Flow would mount every card now in view (all 5,000) before the sketch replaced them.
        const view = fitViewport(shownBounds(), pane());
        if (isSketched(view.zoom, latestNodes.current.length)) setSketchedView(view);
        else void flow.setViewport(view, { duration: 200 });
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [fitRequest, flow, pane, showOpening]);

  // React Flow's own selection changes are not applied to the nodes: a click selects through
  // onNodeClick, and a marquee (Shift and drag) adds the cards inside it to the editor's selection.
  // Each step of a marquee lists every card inside it, so the selection is the one it started from
  // plus those.
  const marqueeBase = useRef<string[] | null>(null);
  const onNodesChange = useCallback(
    (changes: NodeChange<RoleNode>[]) => {
      const rest = changes.filter((c) => c.type !== 'select');
      if (marqueeBase.current && storeApi.getState().userSelectionRect) {
        const inside = changes.flatMap((c) => (c.type === 'select' && c.selected ? [c.id] : []));
        // One update: the duplicates go, the roles selected before the box keep their place.
        if (inside.length > 0) editor.getState().select([...marqueeBase.current, ...inside]);
      }
      if (rest.length > 0) setNodes((current) => applyNodeChanges(rest, current));
    },
    [editor, storeApi],
  );
  const onSelectionStart = useCallback(() => {
    marqueeBase.current = editor.getState().selection;
  }, [editor]);
  const onSelectionEnd = useCallback(() => {
    marqueeBase.current = null;
  }, []);

  const onNodeClick: NodeMouseHandler<RoleNode> = useCallback(
    (event, node) => {
      if (adds(event)) editor.getState().toggleSelected(node.id);
      else editor.getState().select([node.id]);
    },
    [editor],
  );
  const onPaneClick = useCallback(
    (event: MouseEvent) => {
      if (!adds(event)) editor.getState().select([]);
    },
    [editor],
  );

  const onNodeDragStop = useCallback(
    (event: MouseEvent | globalThis.MouseEvent | TouchEvent, dragged: Node) => {
      dragging.current = false;
      const point = 'clientX' in event ? event : event.changedTouches[0];
      const targetId = point
        ? cardUnderPointer(
            flow.getNodes(),
            flow.screenToFlowPosition({ x: point.clientX, y: point.clientY }),
            dragged.id,
          )
        : null;
      // Not moved: the cards go back to the layout (a moved one brings a new layout itself).
      if (!moveByDrop(editor, dragged.id, targetId))
        setNodes((current) => keepUnchanged(current, elements.nodes));
    },
    [editor, flow, elements],
  );

  // Zoomed out beyond reading, a big chart is a sketch, and React Flow gets no nodes or edges to mount.
  const sketched =
    useStore((s) => isSketched(s.transform[2], nodes.length)) ||
    (sketchedView !== null && isSketched(sketchedView.zoom, nodes.length));
  // Once the sketch has replaced the cards (React Flow has been given no nodes: its effects ran first).
  useEffect(() => {
    if (!sketchedView) return;
    void flow.setViewport(sketchedView);
    setSketchedView(null);
  }, [sketchedView, flow]);
  // The dot grid only where its dots are apart: at 0.1% zoom a 20 px grid is a pattern of 0.02 px tiles,
  // which Chromium rasterizes tile by tile (the page died).
  const dotted = useStore((s) => s.transform[2] >= MIN_DOTS_ZOOM);
  // The chart's extent in flow coordinates, for browser tests that check what a view shows.
  const bounds = useMemo(
    () => chartBounds(nodes, DEFAULT_LAYOUT.nodeWidth, DEFAULT_LAYOUT.nodeHeight),
    [nodes],
  );

  if (roles.length === 0) {
    return <div className={styles.empty}>This scenario has no roles yet.</div>;
  }
  return (
    <div className={styles.canvas}>
      <ShownQuarterContext.Provider value={shownQuarter}>
        <ReactFlow
          data-shown-roles={nodes.length}
          data-chart-bounds={`${bounds.x},${bounds.y},${bounds.width},${bounds.height}`}
          data-opened={openedScenario !== null && openedScenario === scenarioId ? 'true' : undefined}
          nodes={sketched ? NO_NODES : nodes}
          edges={sketched ? NO_EDGES : elements.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onNodeClick={onNodeClick}
          onPaneClick={onPaneClick}
          onSelectionStart={onSelectionStart}
          onSelectionEnd={onSelectionEnd}
          multiSelectionKeyCode={NO_MULTI_SELECTION_KEY}
          onNodeDragStart={onNodeDragStart}
          onNodeDragStop={onNodeDragStop}
          nodesConnectable={false}
          deleteKeyCode={NO_DELETE_KEY}
          disableKeyboardA11y
          onlyRenderVisibleElements
          onInit={onInit}
          minZoom={MIN_ZOOM}
        >
          {dotted ? <Background gap={20} size={1} color="var(--color-canvas-dots)" /> : null}
          {sketched ? (
            <ChartSketch
              nodes={nodes}
              edges={elements.edges}
              cardWidth={DEFAULT_LAYOUT.nodeWidth}
              cardHeight={DEFAULT_LAYOUT.nodeHeight}
            />
          ) : null}
          <OverviewMap
            cards={nodes}
            cardWidth={DEFAULT_LAYOUT.nodeWidth}
            cardHeight={DEFAULT_LAYOUT.nodeHeight}
          />
          <Controls showInteractive={false} />
        </ReactFlow>
      </ShownQuarterContext.Provider>
    </div>
  );
}

const EMPTY: never[] = [];
const NO_NODES: RoleNode[] = [];
const MIN_DOTS_ZOOM = 0.15;
const NO_EDGES: Edge[] = [];
const EMPTY_EVENTS: ScenarioEvent[] = [];
