import { CLOSED_STAGES } from '@offerpath/domain';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Banner } from '../../../components/ui/banner';
import { errorMessage } from '../../../lib/api';
import { useBoard } from '../api/get-board';
import { countCards } from '../lib/board-cache';
import { NO_FILTER, type BoardFilter } from '../lib/board-filter';
import { ApplicationDrawer } from './application-drawer';
import { BoardFilters } from './board-filters';
import { BoardSkeleton } from './board-skeleton';
import { EmptyBoard } from './empty-board';
import { PipelineBoard } from './pipeline-board';
import { QuickAddForm } from './quick-add-form';

/** The open application lives in the URL (?app=<id>) so it survives a reload and Back closes it. */
const OPEN_PARAM = 'app';

export function BoardPage() {
  const board = useBoard();
  const [filter, setFilter] = useState<BoardFilter>(NO_FILTER);
  const [searchParams, setSearchParams] = useSearchParams();
  const openId = searchParams.get(OPEN_PARAM);

  const open = (id: string) =>
    setSearchParams((params) => {
      params.set(OPEN_PARAM, id);
      return params;
    });
  const close = () =>
    setSearchParams((params) => {
      params.delete(OPEN_PARAM);
      return params;
    });

  const total = board.data ? countCards(board.data) : 0;
  const closed = board.data
    ? board.data.columns
        .filter((column) => (CLOSED_STAGES as readonly string[]).includes(column.stage))
        .reduce((sum, column) => sum + column.applications.length, 0)
    : 0;

  return (
    <div className="board-page">
      <div className="page-header">
        <h1>Pipeline</h1>
        {board.data && total > 0 ? (
          <p className="muted">
            {total - closed} active · {closed} closed
          </p>
        ) : null}
      </div>
      <QuickAddForm />
      {board.data && total > 0 ? <BoardFilters filter={filter} onChange={setFilter} /> : null}
      {board.data ? (
        total === 0 ? (
          <EmptyBoard />
        ) : (
          <PipelineBoard board={board.data} filter={filter} onOpenCard={open} />
        )
      ) : board.isError ? (
        <Banner>
          Couldn't load your board. {errorMessage(board.error)}{' '}
          <button type="button" className="link-button" onClick={() => void board.refetch()}>
            Retry
          </button>
        </Banner>
      ) : (
        <BoardSkeleton />
      )}
      {openId ? <ApplicationDrawer key={openId} id={openId} onClose={close} /> : null}
    </div>
  );
}
