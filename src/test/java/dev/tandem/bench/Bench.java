package dev.tandem.bench;
import dev.tandem.align.*;
import java.nio.file.*;
import java.util.*;
public class Bench {
    public static double run(SentenceAligner al, Path root, String set, String s, String t) throws Exception {
        var r = AlignBenchmark.runSet(al, root, new AlignBenchmark.EvalSet(set, s, t, set.equals("bible")), Path.of("/tmp/tune/out"));
        return r.result().f1Strict();
    }
}
