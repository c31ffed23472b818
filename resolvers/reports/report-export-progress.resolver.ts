import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Authorized } from '../../graphql/authorized';
import { viewerOf, type GraphQLContext } from '../../graphql/context';
import { exportProgress } from '../../services/reports/export-progress.service';

@ObjectType('ReportExportProgress', { description: 'How far a report export (e.g. GET /api/reports/campaign-analysis/export?progress=<id>) has got, as every app instance sees it; kept about 10 minutes after it finished.' })
export class ReportExportProgress {
  @Field(() => ID, { description: 'The id the client passed as `progress` when it started the export.' })
  id: string;

  @Field(() => Int, { description: 'Rows written so far, over every sheet.' })
  rowsWritten: number;

  @Field(() => Int, { description: 'Rows the export will write over every sheet (totals rows not included); 0 until they are counted.' })
  totalRows: number;

  @Field(() => Boolean, { description: 'The file is complete.' })
  done: boolean;

  @Field(() => Boolean, { description: 'The export stopped before the file was complete (an error, the download was cancelled, or the server writing it stopped); export again to retry.' })
  failed: boolean;
}

/** The progress of the viewer's own exports, for the page to show while the browser downloads. */
@Authorized()
@Resolver()
export class ReportExportProgressResolver {
  @Query(() => ReportExportProgress, { nullable: true, description: 'The progress of one of the viewer\'s report exports; null when the id is unknown, expired or another staff member\'s.' })
  async reportExportProgress(
    @Arg('id', () => ID, { description: 'The `progress` id the export was started with.' }) id: string,
    @Ctx() context: GraphQLContext,
  ): Promise<ReportExportProgress | null> {
    const progress = await exportProgress(context.ds, viewerOf(context).staffId, id);
    return progress && Object.assign(new ReportExportProgress(), progress);
  }
}
