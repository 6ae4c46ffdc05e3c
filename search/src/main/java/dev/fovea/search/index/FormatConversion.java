package dev.fovea.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SegmentReader;

/**
 * Rewrites the segments whose embeddings are stored in another vector format than the index's settings ask
 * for (an index written before the default format changed): one more merge of those segments beside the base
 * policy's, run in the background on the low-priority merge thread, as Lucene's index upgrade rewrites old
 * segments. Until then they are searched as they are, since every segment records its own format.
 */
final class FormatConversion extends FilterMergePolicy {
    private final String formatName;
    private final Set<String> segmentsToConvert = ConcurrentHashMap.newKeySet();

    FormatConversion(MergePolicy base, String formatName) {
        super(base);
        this.formatName = formatName;
    }

    /** Starts rewriting the segments of {@code reader} stored in another format, if there are any. */
    void start(IndexWriter writer, DirectoryReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (leaf.reader() instanceof SegmentReader segment && inOtherFormat(segment)) {
                segmentsToConvert.add(segment.getSegmentName());
            }
        }
        if (!segmentsToConvert.isEmpty()) {
            writer.maybeMerge();
        }
    }

    @Override
    public MergeSpecification findMerges(MergeTrigger trigger, SegmentInfos infos, MergeContext context)
            throws IOException {
        MergeSpecification merges = super.findMerges(trigger, infos, context);
        if (segmentsToConvert.isEmpty()) {
            return merges;
        }
        Set<SegmentCommitInfo> taken = new HashSet<>(context.getMergingSegments());
        if (merges != null) {
            merges.merges.forEach(merge -> taken.addAll(merge.segments));
        }
        List<SegmentCommitInfo> toConvert = new ArrayList<>();
        for (SegmentCommitInfo segment : infos) {
            if (segmentsToConvert.contains(segment.info.name) && !taken.contains(segment)) {
                toConvert.add(segment);
            }
        }
        if (toConvert.isEmpty()) {
            return merges;
        }
        MergeSpecification withConversion = merges != null ? merges : new MergeSpecification();
        withConversion.add(new OneMerge(toConvert));
        return withConversion;
    }

    private boolean inOtherFormat(SegmentReader segment) {
        FieldInfo field = segment.getFieldInfos().fieldInfo(PhotoFields.EMBEDDING);
        return field != null
                && field.hasVectorValues()
                && !formatName.equals(field.getAttribute(PerFieldKnnVectorsFormat.PER_FIELD_FORMAT_KEY));
    }
}
