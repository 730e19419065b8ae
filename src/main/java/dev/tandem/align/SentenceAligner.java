package dev.tandem.align;
import java.util.*;
public final class SentenceAligner {
  public SentenceAligner(AlignerSettings s) {}
  public List<Bead> align(SideText s, SideText t) { int n = s.sentences().size(), m = t.sentences().size(); List<Bead> out = new ArrayList<>(); int k = Math.min(n, m); for (int i = 0; i < k; i++) out.add(new Bead(i, i + 1, i, i + 1, 0.5)); for (int i = k; i < n; i++) out.add(new Bead(i, i + 1, m, m, 0.1)); for (int j = k; j < m; j++) out.add(new Bead(n, n, j, j + 1, 0.1)); return out; }
}
