import { ChevronDown, ChevronUp, Download, Printer } from 'lucide-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useEditor, useEditorStore } from '../editor/editor-context';
import { useAutoRerun } from '../simulation/use-auto-rerun';
import { useSimulation } from '../simulation/simulation-store';
import { Button } from '../ui/Button';
import { EXPLAIN_PANEL_ID, ExplainPanel } from '../explain/ExplainPanel';
import { teamSizeAt } from '../explain/team-size';
import { downloadFile, safeFileName } from '../export/download';
import { SupplyNeedScatter } from '../explain/SupplyNeedScatter';
import { FigureCharts } from './FigureCharts';
import { headline } from './headline';
import { MainDriverButton } from './MainDriverButton';
import { OutcomeStrip } from './OutcomeStrip';
import { roleTitles } from '../../core/scenario/hired-roles';
import { reportRole } from '../../engine/report';
import { topRisks } from './outcome-heat';
import { PrintOnlySections, ROLE_TABLE_LIMIT, roleTableByDefault, TopRisks } from './PrintSections';
import { QuarterScrubber } from './QuarterScrubber';
import { resultsCsv } from './results-csv';
import { RunControls } from './RunControls';
import { Caveat } from './Caveat';
import { LeverageButton } from '../leverage/LeverageButton';
import { useAppStoreIfAny } from '../app/store-context';
import { packComparisonStore, usePackComparison } from '../compare/pack-comparison';
import styles from './ResultsDock.module.css';

/**
 * Below the org chart: where the scenario is heading. It re-runs in a worker after every edit; every
 * figure here is read from the engine's report, the same object as the CLI's `--json`.
 */
export function ResultsDock() {
  const editor = useEditorStore();
  const controller = useAutoRerun(editor);
  const scenario = useEditor((s) => s.scenario);
  const report = useSimulation((s) => s.report);
  const revision = useSimulation((s) => s.reportRevision);
  const quarter = useSimulation((s) => s.quarter);
  const setQuarter = useSimulation((s) => s.setQuarter);
  const setPlaying = useSimulation((s) => s.setPlaying);
  const heat = useSimulation((s) => s.heat);
  const setHeat = useSimulation((s) => s.setHeat);
  // The charts open on demand, so the org chart keeps its room; the headline, strip and heat are always there.
  const [open, setOpen] = useState(false);
  const printing = usePrinting();
  // The printed pack's appendix of every role: null follows the org's size (on up to ROLE_TABLE_LIMIT roles).
  const [roleTable, setRoleTable] = useState<boolean | null>(null);
  const app = useAppStoreIfAny();
  const comparison = usePackComparison(app?.getState().project?.path);
  const openAssumptions = useMemo(
    () => (app ? () => app.getState().showSidePanelTab('assumptions') : undefined),
    [app],
  );

  const titles = useMemo(() => roleTitles(scenario), [scenario]);
  const sentence = useMemo(() => (report ? headline(report, titles) : null), [report, titles]);
  const risks = useMemo(() => (report ? topRisks(report, quarter, titles) : []), [report, quarter, titles]);
  const selected = useEditor((s) => (s.selection.length === 1 ? s.selection[0] : null));
  const shownQuarter = report?.quarters[quarter];
  const selectedFigures = selected && shownQuarter ? reportRole(shownQuarter, selected) : undefined;
  const selectedRole = selected && selectedFigures ? { id: selected, figures: selectedFigures } : null;
  const reveal = useCallback((id: string) => editor.getState().reveal(id), [editor]);
  // The headline's main driver opens its team's explanation: the charts, that quarter, that team.
  const [scrollToExplain, setScrollToExplain] = useState(0);
  const openExplanation = useCallback(
    (roleId: string, q: number) => {
      setPlaying(false);
      setQuarter(q);
      setOpen(true);
      editor.getState().reveal(roleId);
      setScrollToExplain((n) => n + 1);
    },
    [editor, setPlaying, setQuarter],
  );
  useEffect(() => {
    if (scrollToExplain > 0)
      document.getElementById(EXPLAIN_PANEL_ID)?.scrollIntoView?.({ block: 'nearest' });
  }, [scrollToExplain, selectedRole?.id]);
  const select = useCallback(
    (q: number) => {
      setPlaying(false);
      setQuarter(q);
    },
    [setPlaying, setQuarter],
  );

  const exportCsv = () => {
    if (report)
      downloadFile(
        safeFileName(report.scenario, 'results.csv', 'results'),
        resultsCsv(report, titles),
        'text/csv;charset=utf-8',
      );
  };

  return (
    <section
      className={styles.dock}
      aria-label="Simulation results"
      data-report-revision={revision}
      data-charts-open={open}
    >
      <header className={styles.header}>
        <Button
          variant="ghost"
          size="small"
          aria-expanded={open}
          onClick={() => setOpen((v) => !v)}
          className={styles.noPrint}
        >
          {open ? <ChevronDown size={14} aria-hidden /> : <ChevronUp size={14} aria-hidden />}
          {open ? 'Hide charts' : 'Show charts'}
        </Button>
        <h2 className={styles.title}>Results</h2>
        <div className={styles.answer}>
          <p className={styles.headline} data-testid="headline" title={sentence ?? undefined}>
            {sentence ?? 'Simulating…'}
          </p>
          {report && controller ? (
            <MainDriverButton
              report={report}
              revision={revision}
              titles={titles}
              explain={controller.explain}
              onOpen={openExplanation}
            />
          ) : null}
        </div>
        <label
          className={`${styles.setting} ${styles.noPrint}`}
          title="Colour each card by its team's outcome in the chosen quarter"
        >
          <input type="checkbox" checked={heat} onChange={(e) => setHeat(e.target.checked)} /> Heat
        </label>
        <LeverageButton className={styles.noPrint} />
        <Button
          size="small"
          variant="ghost"
          onClick={exportCsv}
          disabled={!report}
          className={styles.noPrint}
        >
          <Download size={14} aria-hidden /> CSV
        </Button>
        <Button
          size="small"
          variant="ghost"
          onClick={() => {
            setOpen(true);
            // After the charts have rendered, so the report has them.
            setTimeout(() => window.print(), 50);
          }}
          disabled={!report}
          className={styles.noPrint}
        >
          <Printer size={14} aria-hidden /> Print report
        </Button>
        <label
          className={`${styles.setting} ${styles.noPrint}`}
          title={`The printed report's appendix: every role with its figures, by department (off by default above ${ROLE_TABLE_LIMIT} roles)`}
        >
          <input
            type="checkbox"
            checked={roleTable ?? roleTableByDefault(scenario?.roles.length ?? 0)}
            onChange={(e) => setRoleTable(e.target.checked)}
          />{' '}
          Include the role table
        </label>
        {comparison ? (
          <label
            className={`${styles.setting} ${styles.noPrint}`}
            title={`The comparison added from Compare scenarios: against ${comparison.baseName} in Q${comparison.table.quarter}. Untick to leave it out.`}
          >
            <input type="checkbox" checked onChange={() => packComparisonStore.getState().remove()} /> Include
            the comparison
          </label>
        ) : null}
      </header>
      <Caveat report={report} onOpenAssumptions={openAssumptions} />
      <div className={styles.row}>
        <span className={styles.noPrint}>
          <RunControls controller={controller} />
        </span>
        {report ? (
          <>
            <span className={styles.noPrint}>
              <QuarterScrubber last={report.quarters.length - 1} />
            </span>
            <OutcomeStrip report={report} quarter={quarter} onSelect={select} />
          </>
        ) : null}
      </div>
      {open && report ? (
        <>
          <div className={styles.main}>
            <FigureCharts report={report} quarter={quarter} onSelect={select} />
            <TopRisks risks={risks} quarter={quarter} onReveal={reveal} />
          </div>
          <div className={styles.main}>
            <SupplyNeedScatter report={report} quarter={quarter} titles={titles} onReveal={reveal} />
            {selectedRole && controller ? (
              <div className={`${styles.explain} ${styles.noPrint}`}>
                <ExplainPanel
                  roleId={selectedRole.id}
                  role={selectedRole.figures}
                  size={report ? teamSizeAt(report, quarter, selectedRole.id) : null}
                  quarter={quarter}
                  revision={revision}
                  titles={titles}
                  explain={controller.explain}
                  onReveal={reveal}
                />
              </div>
            ) : (
              <p className={`${styles.hint} ${styles.noPrint}`}>
                Select a team on the chart or in the top risks to see why it stands where it does in Q
                {quarter}.
              </p>
            )}
          </div>
        </>
      ) : null}
      {printing && report && scenario ? (
        <PrintOnlySections
          scenario={scenario}
          report={report}
          quarter={quarter}
          titles={titles}
          projectName={app?.getState().project?.name}
          includeRoleTable={roleTable ?? roleTableByDefault(scenario.roles.length)}
          comparison={comparison}
        />
      ) : null}
    </section>
  );
}

/**
 * True while the page is being printed (the print button or the browser's own print command): the
 * print-only org table, which for a big org is thousands of rows, is rendered only then.
 */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
