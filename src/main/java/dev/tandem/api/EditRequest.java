// SPDX-License-Identifier: Apache-2.0
package dev.tandem.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonSubTypes.Type;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import dev.tandem.service.InvalidInputException;
import dev.tandem.service.ReviewCommand;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * The body of {@code POST /api/documents/{id}/edits}: one review operation, chosen by {@code op}, made on the document
 * version {@code baseVersion}. Each record is one operation's JSON shape; {@link #command()} turns it into the
 * service's typed {@link ReviewCommand}. Pairs are named by their ids (from the pairs listing), sentences by side
 * ({@code source} or {@code target}) and 0-based index.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = EditRequest.OP)
@JsonSubTypes({
        @Type(value = EditRequest.Confirm.class, name = ReviewCommand.Confirm.OP),
        @Type(value = EditRequest.ConfirmThrough.class, name = ReviewCommand.ConfirmThrough.OP),
        @Type(value = EditRequest.ConfirmConfident.class, name = ReviewCommand.ConfirmConfident.OP),
        @Type(value = EditRequest.Reject.class, name = ReviewCommand.Reject.OP),
        @Type(value = EditRequest.EditText.class, name = ReviewCommand.EditText.OP),
        @Type(value = EditRequest.SplitSentence.class, name = ReviewCommand.SplitSentence.OP),
        @Type(value = EditRequest.MergeSentences.class, name = ReviewCommand.MergeSentences.OP),
        @Type(value = EditRequest.MergePairs.class, name = ReviewCommand.MergePairs.OP),
        @Type(value = EditRequest.SplitPair.class, name = ReviewCommand.SplitPair.OP),
        @Type(value = EditRequest.Shift.class, name = ReviewCommand.Shift.OP),
        @Type(value = EditRequest.InsertEmpty.class, name = ReviewCommand.InsertEmpty.OP),
        @Type(value = EditRequest.Realign.class, name = ReviewCommand.Realign.OP)})
@Schema(name = "EditRequest", description = "One review operation, chosen by op",
        oneOf = {EditRequest.Confirm.class, EditRequest.ConfirmThrough.class, EditRequest.ConfirmConfident.class,
                EditRequest.Reject.class, EditRequest.EditText.class, EditRequest.SplitSentence.class,
                EditRequest.MergeSentences.class, EditRequest.MergePairs.class, EditRequest.SplitPair.class,
                EditRequest.Shift.class, EditRequest.InsertEmpty.class, EditRequest.Realign.class},
        discriminatorProperty = EditRequest.OP,
        discriminatorMapping = {
                @DiscriminatorMapping(value = ReviewCommand.Confirm.OP, schema = EditRequest.Confirm.class),
                @DiscriminatorMapping(value = ReviewCommand.ConfirmThrough.OP, schema = EditRequest.ConfirmThrough.class),
                @DiscriminatorMapping(value = ReviewCommand.ConfirmConfident.OP, schema = EditRequest.ConfirmConfident.class),
                @DiscriminatorMapping(value = ReviewCommand.Reject.OP, schema = EditRequest.Reject.class),
                @DiscriminatorMapping(value = ReviewCommand.EditText.OP, schema = EditRequest.EditText.class),
                @DiscriminatorMapping(value = ReviewCommand.SplitSentence.OP, schema = EditRequest.SplitSentence.class),
                @DiscriminatorMapping(value = ReviewCommand.MergeSentences.OP, schema = EditRequest.MergeSentences.class),
                @DiscriminatorMapping(value = ReviewCommand.MergePairs.OP, schema = EditRequest.MergePairs.class),
                @DiscriminatorMapping(value = ReviewCommand.SplitPair.OP, schema = EditRequest.SplitPair.class),
                @DiscriminatorMapping(value = ReviewCommand.Shift.OP, schema = EditRequest.Shift.class),
                @DiscriminatorMapping(value = ReviewCommand.InsertEmpty.OP, schema = EditRequest.InsertEmpty.class),
                @DiscriminatorMapping(value = ReviewCommand.Realign.OP, schema = EditRequest.Realign.class)})
public sealed interface EditRequest {
    /** The property that names the operation. */
    String OP = "op";
    String BASE_VERSION = "The document version the operation was made on; required unless If-Match names it";
    String PAIR = "The pair acted on";
    String SIDE = "source or target";
    String INDEX = "0-based sentence index on its side";

    /** The document version the client saw; null when If-Match names it instead. */
    Long baseVersion();

    /** The operation as the service carries it out. */
    ReviewCommand command();

    @Schema(name = "Confirm", description = "Confirms the pairs named: pairs, or one pair",
            requiredProperties = OP, properties = @SchemaProperty(name = OP, type = SchemaType.STRING, enumeration = ReviewCommand.Confirm.OP))
    record Confirm(@Schema(description = BASE_VERSION) Long baseVersion,
                   @Schema(description = "The pairs to confirm, at most 1000") List<Long> pairs,
                   @Schema(description = "One pair to confirm, when pairs is not given") Long pair)
            implements EditRequest {
        @Override
        public ReviewCommand command() {
            return new ReviewCommand.Confirm(pairs != null ? pairs : pair != null ? List.of(pair) : null);
        }
    }

    @Schema(name = "ConfirmThrough", description = "Confirms the pair and every unreviewed pair before it",
            requiredProperties = OP, properties = @SchemaProperty(name = OP, type = SchemaType.STRING, enumeration = ReviewCommand.ConfirmThrough.OP))
    record ConfirmThrough(@Schema(description = BASE_VERSION) Long baseVersion,
                          @Schema(required = true, description = PAIR) Long pair) implements EditRequest {
        @Override
        public ReviewCommand command() {
            return new ReviewCommand.ConfirmThrough(pair);
        }
    }

    @Schema(name = "ConfirmConfident", description = "Confirms every unreviewed pair of the document whose confidence"
            + " is at least minConfidence and that has no QA flag: the pairs a reviewer may skip. A pair the aligner"
            + " did not score (no confidence) is never confirmed this way",
            requiredProperties = OP, properties = @SchemaProperty(name = OP, type = SchemaType.STRING, enumeration = ReviewCommand.ConfirmConfident.OP))
    record ConfirmConfident(@Schema(description = BASE_VERSION) Long baseVersion,
                            @Schema(description = "The least aligner confidence a pair needs, 0 to 1 (default 0.9)")
                            Double minConfidence) implements EditRequest {
        @Override
        public ReviewCommand command() {
            return new ReviewCommand.ConfirmConfident(minConfidence);
        }
    }

    @Schema(name = "Reject", description = "Marks the pair as a bad pair",
            requiredProperties = OP, properties = @SchemaProperty(name = OP, type = SchemaType.STRING, enumeration = ReviewCommand.Reject.OP))
    record Reject(@Schema(description = BASE_VERSION) Long baseVersion,
                  @Schema(required = true, description = PAIR) Long pair) implements EditRequest {
        @Override
        public ReviewCommand command() {
            return new ReviewCommand.Reject(pair);
        }
    }

    @Schema(name = "EditText", description = "Replaces the text of one sentence",
            requiredProperties = OP, properties = @SchemaProperty(name = OP, type = SchemaType.STRING, enumeration = ReviewCommand.EditText.OP))
    record EditText(@Schema(description = BASE_VERSION) Long baseVersion,
                    @Schema(required = true, enumeration = {"source", "target"}) String side,
                    @Schema(required = true, description = INDEX) Integer index,
                    @Schema(required = true, description = "The new text") String text) implements EditRequest {
        @Override
        public ReviewCommand command() {
            return new ReviewCommand.EditText(ReviewCommand.side(side), index, text);
        }
    }

    @Schema(name = "SplitSentence", description = "Cuts one sentence in two, both in the same pair",
            requiredProperties = OP, properties = @SchemaProperty(name = OP, type = SchemaType.STRING, enumeration = ReviewCommand.SplitSentence.OP))
    record SplitSentence(@Schema(description = BASE_VERSION) Long baseVersion,
                         @Schema(required = true, enumeration = {"source", "target"}) String side,
                         @Schema(required = true, description = INDEX) Integer index,
                         @Schema(required = true, description = "Where to cut, in UTF-16 code units from the sentence "
                                 + "start") Integer offset) implements EditRequest {
        @Override
        public ReviewCommand command() {
            return new ReviewCommand.SplitSentence(ReviewCommand.side(side), index, offset);
        }
    }

    @Schema(name = "MergeSentences", description = "Joins one sentence with the next on its side",
            requiredProperties = OP, properties = @SchemaProperty(name = OP, type = SchemaType.STRING, enumeration = ReviewCommand.MergeSentences.OP))
    record MergeSentences(@Schema(description = BASE_VERSION) Long baseVersion,
                          @Schema(required = true, enumeration = {"source", "target"}) String side,
                          @Schema(required = true, description = INDEX) Integer index) implements EditRequest {
        @Override
        public ReviewCommand command() {
            return new ReviewCommand.MergeSentences(ReviewCommand.side(side), index);
        }
    }

    @Schema(name = "MergePairs", description = "Merges the pair with the next one",
            requiredProperties = OP, properties = @SchemaProperty(name = OP, type = SchemaType.STRING, enumeration = ReviewCommand.MergePairs.OP))
    record MergePairs(@Schema(description = BASE_VERSION) Long baseVersion,
                      @Schema(required = true, description = PAIR) Long pair) implements EditRequest {
        @Override
        public ReviewCommand command() {
            return new ReviewCommand.MergePairs(pair);
        }
    }

    @Schema(name = "SplitPair", description = "Splits the pair in two",
            requiredProperties = OP, properties = @SchemaProperty(name = OP, type = SchemaType.STRING, enumeration = ReviewCommand.SplitPair.OP))
    record SplitPair(@Schema(description = BASE_VERSION) Long baseVersion,
                     @Schema(required = true, description = PAIR) Long pair,
                     @Schema(required = true, description = "Source sentences that stay in the first part")
                     Integer sourceCount,
                     @Schema(required = true, description = "Target sentences that stay in the first part")
                     Integer targetCount) implements EditRequest {
        @Override
        public ReviewCommand command() {
            return new ReviewCommand.SplitPair(pair, sourceCount, targetCount);
        }
    }

    @Schema(name = "Shift", description = "Moves a sentence to the neighbouring pair: up moves the pair's first "
            + "sentence of the side into the previous pair, down moves its last into the next",
            requiredProperties = OP, properties = @SchemaProperty(name = OP, type = SchemaType.STRING, enumeration = ReviewCommand.Shift.OP))
    record Shift(@Schema(description = BASE_VERSION) Long baseVersion,
                 @Schema(required = true, description = PAIR) Long pair,
                 @Schema(required = true, enumeration = {"source", "target"}) String side,
                 @Schema(required = true, enumeration = {"up", "down"}) String direction) implements EditRequest {
        @Override
        public ReviewCommand command() {
            return new ReviewCommand.Shift(pair, ReviewCommand.side(side), ReviewCommand.direction(direction));
        }
    }

    @Schema(name = "InsertEmpty", description = "Unlinks the pair: the other side alone first, then this side alone",
            requiredProperties = OP, properties = @SchemaProperty(name = OP, type = SchemaType.STRING, enumeration = ReviewCommand.InsertEmpty.OP))
    record InsertEmpty(@Schema(description = BASE_VERSION) Long baseVersion,
                       @Schema(required = true, description = PAIR) Long pair,
                       @Schema(required = true, enumeration = {"source", "target"}, description = "The side left "
                               + "empty in the first of the two pairs") String side) implements EditRequest {
        @Override
        public ReviewCommand command() {
            return new ReviewCommand.InsertEmpty(pair, ReviewCommand.side(side));
        }
    }

    @Schema(name = "Realign", description = "Realigns the unconfirmed pairs from fromPair to toPair (confirmed ones "
            + "stay); or, with pair alone, the unconfirmed stretch around it, between the confirmed pairs before and "
            + "after it",
            requiredProperties = OP, properties = @SchemaProperty(name = OP, type = SchemaType.STRING, enumeration = ReviewCommand.Realign.OP))
    record Realign(@Schema(description = BASE_VERSION) Long baseVersion,
                   @Schema(description = "First pair of the stretch") Long fromPair,
                   @Schema(description = "Last pair of the stretch") Long toPair,
                   @Schema(description = "A pair inside the stretch, when fromPair and toPair are not given") Long pair)
            implements EditRequest {
        @Override
        public ReviewCommand command() {
            return new ReviewCommand.Realign(fromPair, toPair, pair);
        }
    }

    /**
     * Reads an operation from a form's fields as the API reads its JSON: the same names for {@code op}, the same
     * refusal for a missing or unknown one.
     */
    static EditRequest read(ObjectMapper json, JsonNode body) {
        try {
            // a form holds every operation's fields, most of them blank: only the API's JSON is held to its fields
            return json.reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .treeToValue(body, EditRequest.class);
        } catch (InvalidTypeIdException e) {
            throw unknownOp(e);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(null, "The operation is malformed: " + e.getOriginalMessage());
        }
    }

    /** The names {@code op} takes, in the order the API lists them. */
    static List<String> ops() {
        return Arrays.stream(EditRequest.class.getAnnotation(JsonSubTypes.class).value()).map(Type::name).toList();
    }

    /** What a body with a missing or unknown {@code op} is told: the names it may take. */
    static InvalidInputException unknownOp(InvalidTypeIdException e) {
        String op = e.getTypeId();
        if (op == null || op.isBlank()) {
            return new InvalidInputException(OP, "op is missing: say which operation to carry out, e.g. confirm.");
        }
        List<String> ops = ops();
        return new InvalidInputException(OP, "op '" + op + "' is unknown: use "
                + String.join(", ", ops.subList(0, ops.size() - 1)) + " or " + ops.get(ops.size() - 1) + ".");
    }
}
