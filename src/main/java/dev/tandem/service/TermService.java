// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

import dev.tandem.model.Project;
import dev.tandem.model.SentencePair;
import dev.tandem.model.TermDecision;
import dev.tandem.model.TermDecision.Decision;
import dev.tandem.security.CurrentUser;
import dev.tandem.terms.TermCandidate;
import dev.tandem.terms.TermKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Term candidates of a project and the translators' decisions on them: an accepted term joins the project's lexicon
 * ({@link ProjectLexicons}) and its QA check ({@link TermFlags}), a rejected one is not suggested again.
 */
@ApplicationScoped
public class TermService {
    /** The statuses a list can ask for; {@code null} or empty means open and accepted (rejected ones are done with). */
    static final List<String> STATUSES = List.of("open", "accepted", "rejected", "all");

    @Inject
    TermCandidates candidates;

    @Inject
    TermFlags flags;

    @Inject
    CurrentUser user;

    /** Terms in one page at most. */
    public static final int MAX_PAGE_SIZE = 1000;

    /**
     * A page of a project's terms, and how many of its pairs they were found in ({@code pairsRead}) of how many count
     * ({@code pairs}): fewer when a large project was sampled ({@link TermCandidates.Found#sampled}).
     */
    public record TermList(Page<TermView> page, long pairsRead, long pairs) {
        public boolean sampled() {
            return pairsRead < pairs;
        }
    }

    /**
     * A page of the project's terms with {@code status} whose source or target holds {@code query} (ignoring case;
     * blank: all): the candidates (best first) with their decisions, then decided terms no longer found (their pairs
     * changed), in the order they were decided. Waits while the candidates are found.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public TermList listTerms(long projectId, String status, String query, int offset, int limit) {
        String wanted = checked(status, offset, limit);
        return list(candidates.forProject(projectId), projectId, wanted, query, offset, limit);
    }

    /**
     * {@link #listTerms}, or empty while the candidates are being found for the project's documents as they are now
     * ({@link #progress}).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<TermList> listTermsIfFound(long projectId, String status, String query, int offset, int limit) {
        String wanted = checked(status, offset, limit);
        return candidates.ifFound(projectId).map(found -> list(found, projectId, wanted, query, offset, limit));
    }

    /** The share of the project's candidates found, while they are being found. */
    public double progress(long projectId) {
        return candidates.progress(projectId);
    }

    private static String checked(String status, int offset, int limit) {
        String wanted = status == null || status.isBlank() ? "" : status.strip().toLowerCase(Locale.ROOT);
        if (!wanted.isEmpty() && !STATUSES.contains(wanted)) {
            throw new InvalidInputException("status", "status '" + status + "' is unknown: use "
                    + String.join(", ", STATUSES) + ", or leave it out for open and accepted terms.");
        }
        Page.check(offset, limit, MAX_PAGE_SIZE);
        return wanted;
    }

    private static TermList list(TermCandidates.Found found, long projectId, String wanted, String query, int offset,
                                 int limit) {
        String needle = query == null ? "" : TermKeys.normal(query);
        Map<Long, TermDecision> decided = new LinkedHashMap<>();
        QuarkusTransaction.joiningExisting().run(() -> TermDecision.listByProject(projectId)
                .forEach(term -> decided.put(term.termId, term)));
        // a decided term's view reads its example pairs: only the page's terms are made views
        List<Supplier<TermView>> matched = new ArrayList<>();
        for (TermCandidate candidate : found.candidates()) {
            TermDecision decision = decided.remove(candidate.id());
            if (wanted(statusOf(decision), wanted) && holds(candidate.source(), candidate.target(), needle)) {
                TermView view = new TermView(candidate.id(), candidate.source(), candidate.target(),
                        candidate.frequency(), statusOf(decision), candidate.examples().stream()
                        .map(pair -> new TermView.Example(pair, found.documentOfPair().get(pair))).toList());
                matched.add(() -> view);
            }
        }
        for (TermDecision term : decided.values()) {
            if (wanted(statusOf(term), wanted) && holds(term.source, term.target, needle)) {
                matched.add(() -> view(term));
            }
        }
        List<Supplier<TermView>> shown = matched.subList(Math.min(offset, matched.size()),
                (int) Math.min(matched.size(), (long) offset + limit));
        List<TermView> items = shown.isEmpty() ? List.of() : QuarkusTransaction.joiningExisting().call(() ->
                shown.stream().map(Supplier::get).toList());
        return new TermList(new Page<>(matched.size(), offset, limit, items), found.pairsRead(), found.pairs());
    }

    private static boolean wanted(String status, String wanted) {
        return wanted.equals("all") || (wanted.isEmpty() ? !status.equals("rejected") : status.equals(wanted));
    }

    private static boolean holds(String source, String target, String needle) {
        return needle.isEmpty() || TermKeys.normal(source).contains(needle) || TermKeys.normal(target).contains(needle);
    }

    /**
     * Accepts or rejects term {@code termId} ({@code decision}: {@code accept} or {@code reject}); deciding again
     * replaces the decision. Then brings the QA flags of the project's pairs up to date with the accepted terms.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public TermView decide(long projectId, long termId, String decision) {
        Decision chosen = switch (decision == null ? "" : decision.strip().toLowerCase(Locale.ROOT)) {
            case "accept" -> Decision.ACCEPTED;
            case "reject" -> Decision.REJECTED;
            default -> throw new InvalidInputException("decision", "decision must be accept or reject"
                    + (decision == null ? " (it is missing)." : ", not '" + decision + "'."));
        };
        TermCandidates.Found found = candidates.forProject(projectId);
        TermCandidate candidate = found.candidates().stream().filter(c -> c.id() == termId).findFirst().orElse(null);
        TermView view = QuarkusTransaction.requiringNew().call(() -> store(projectId, termId, candidate, chosen));
        flags.refresh(projectId);
        return view;
    }

    private TermView store(long projectId, long termId, TermCandidate candidate, Decision chosen) {
        TermDecision term = TermDecision.findByTerm(projectId, termId).orElse(null);
        if (term == null) {
            if (candidate == null) {
                throw new NotFoundException("term", termId);
            }
            term = new TermDecision();
            term.project = Project.findById(projectId);
            term.termId = termId;
            term.source = candidate.source();
            term.target = candidate.target();
            term.sourceKey = TermKeys.normal(candidate.source());
            term.targetKey = TermKeys.normal(candidate.target());
        }
        if (candidate != null) {
            term.frequency = candidate.frequency();
            term.examples = candidate.examples().stream().map(String::valueOf).collect(Collectors.joining(" "));
        }
        term.decision = chosen;
        term.decidedBy = user.username();
        term.decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
        term.persist();
        user.audit(chosen == Decision.ACCEPTED ? "term-accept" : "term-reject", "project " + projectId,
                term.source + " = " + term.target);
        return view(term);
    }

    /** The accepted terms of the project, in the order they were decided. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TermDecision> listAccepted(long projectId) {
        if (Project.findById(projectId) == null) {
            throw new NotFoundException("project", projectId);
        }
        return TermDecision.listAccepted(projectId);
    }

    /** The document of a pair of the project, to show it on its review page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SentencePair pairOf(long projectId, long pairId) {
        SentencePair pair = SentencePair.findById(pairId);
        if (pair == null || pair.document.project.id != projectId) {
            throw new NotFoundException("pair", pairId);
        }
        return pair;
    }

    /** How many terms of the project were accepted and rejected: what its deletion takes with it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<TermDecision.Decision, Long> countDecisions(long projectId) {
        Map<TermDecision.Decision, Long> counts = new java.util.EnumMap<>(TermDecision.Decision.class);
        for (TermDecision.Decision decision : TermDecision.Decision.values()) {
            counts.put(decision, TermDecision.count("project.id = ?1 and decision = ?2", projectId, decision));
        }
        return counts;
    }

    /** Deletes the decisions of a project that is being deleted. */
    static void deleteAll(Project project) {
        TermDecision.delete("project", project);
    }

    private static TermView view(TermDecision term) {
        List<TermView.Example> examples = new ArrayList<>();
        if (!term.examples.isBlank()) {
            for (String pair : term.examples.split(" ")) {
                SentencePair stored = SentencePair.findById(Long.parseLong(pair));
                if (stored != null) {
                    examples.add(new TermView.Example(stored.id, stored.document.id));
                }
            }
        }
        return new TermView(term.termId, term.source, term.target, term.frequency, statusOf(term), examples);
    }

    private static String statusOf(TermDecision term) {
        return term == null ? "open" : term.decision.name().toLowerCase(Locale.ROOT);
    }
}
