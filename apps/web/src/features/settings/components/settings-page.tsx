import { Link } from 'react-router';
import { CadenceRulesSection } from './cadence-rules-section';
import { GeneralSettings } from './general-settings';

/** The Settings page at /settings: one section per concern (time zone, digest, calendar feed, follow-up rules). */
export function SettingsPage() {
  return (
    <div className="settings-page">
      <div className="page-header">
        <h1>Settings</h1>
      </div>
      <GeneralSettings />
      <CadenceRulesSection />
      <section className="panel" aria-labelledby="settings-data-title">
        <h2 id="settings-data-title">Your data</h2>
        <p className="muted">Export your applications as CSV, download or restore a full backup, or import from another tracker.</p>
        <Link to="/settings/data">Export, back up and import</Link>
      </section>
    </div>
  );
}
