import { Link } from 'react-router';
import { Banner } from '../../../components/ui/banner';
import { useToast } from '../../../components/ui/toast';
import { errorMessage } from '../../../lib/api';
import { useDownloadBackup } from '../api/download-backup';
import { useExportApplications } from '../api/export-applications';
import { RestoreSection } from './restore-section';
import { TrackerImportSection } from './tracker-import-section';

/** "Your data" at /settings/data: export, back up, restore, and import from another tracker. */
export function DataPage() {
  return (
    <div className="data-page">
      <div className="page-header">
        <h1>Your data</h1>
        <Link to="/settings">Back to settings</Link>
      </div>
      <ExportSection />
      <RestoreSection />
      <TrackerImportSection />
    </div>
  );
}

function ExportSection() {
  const exportCsv = useExportApplications();
  const backup = useDownloadBackup();
  const toast = useToast();
  const failed = exportCsv.error ?? backup.error;
  return (
    <section className="panel" aria-labelledby="data-export-title">
      <h2 id="data-export-title">Export and back up</h2>
      <p className="muted">
        The CSV opens in any spreadsheet: one row per application with its channel, stage, dates and people. The backup is
        every record of your account in one JSON file; restore it into a new account to get everything back exactly.
      </p>
      {failed ? <Banner>{errorMessage(failed)}</Banner> : null}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={exportCsv.isPending}
          aria-busy={exportCsv.isPending}
          onClick={() => exportCsv.mutate(undefined, { onSuccess: (name) => toast(`Saved ${name}`, 'success') })}
        >
          {exportCsv.isPending ? 'Exporting…' : 'Export applications (CSV)'}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={backup.isPending}
          aria-busy={backup.isPending}
          onClick={() => backup.mutate(undefined, { onSuccess: (name) => toast(`Saved ${name}`, 'success') })}
        >
          {backup.isPending ? 'Preparing backup…' : 'Download backup'}
        </button>
      </div>
      <p className="field-hint">The backup leaves out your calendar feed link (a secret); make a new one after restoring.</p>
    </section>
  );
}
