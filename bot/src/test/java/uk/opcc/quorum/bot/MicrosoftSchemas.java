package uk.opcc.quorum.bot;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.KeywordType;
import com.networknt.schema.keyword.NonValidationKeyword;

/**
 * Microsoft's published JSON schemas for what Quorum hands to Teams, read from the copies
 * in {@code src/test/resources/schemas} (their README names each file's source). The
 * validator never fetches anything: every schema and meta-schema is local.
 */
public final class MicrosoftSchemas {

	/**
	 * Draft-04 plus {@code const}: the Teams schema declares draft-04 but pins
	 * {@code manifestVersion} with {@code const}, which Microsoft's own validator (Ajv)
	 * enforces and a strict draft-04 validator would silently skip.
	 */
	private static final Dialect DRAFT_4_WITH_CONST = Dialect.builder(Dialects.getDraft4())
		.keyword(KeywordType.CONST)
		.build();

	/**
	 * Draft-06 as the Adaptive Cards schema uses it: it names itself with draft-04's
	 * {@code id}, for which this validator has no draft-06 handler, and marks definitions
	 * with its own {@code version}, {@code features} and {@code example}, which only
	 * document.
	 */
	private static final Dialect DRAFT_6_AS_ADAPTIVE_CARDS_USE_IT = Dialect.builder(Dialects.getDraft6())
		.keywords(Stream.of("id", "version", "features", "example").map(NonValidationKeyword::new).toList())
		.build();

	private static final SchemaRegistry REGISTRY = SchemaRegistry.withDialects(
			List.of(DRAFT_4_WITH_CONST, DRAFT_6_AS_ADAPTIVE_CARDS_USE_IT),
			registry -> registry.schemaLoader(loader -> loader.fetchRemoteResources(false)));

	private static final Schema TEAMS_MANIFEST = REGISTRY
		.getSchema(SchemaLocation.of("classpath:schemas/teams/v1.17/MicrosoftTeams.schema.json"));

	private static final Schema ADAPTIVE_CARD = REGISTRY
		.getSchema(SchemaLocation.of("classpath:schemas/adaptivecards/1.5.0/adaptive-card.json"));

	private MicrosoftSchemas() {
	}

	/** What the Teams app manifest schema v1.17 says is wrong with {@code json}. */
	public static List<String> teamsManifestErrors(String json) {
		return errors(TEAMS_MANIFEST, json);
	}

	/** What the Adaptive Cards 1.5 schema says is wrong with {@code json}. */
	public static List<String> adaptiveCardErrors(String json) {
		return errors(ADAPTIVE_CARD, json);
	}

	/**
	 * Each error as where, which keyword and its arguments, e.g. {@code /developer/name
	 * maxLength [32]}: this validator's own messages leave some placeholders unfilled.
	 */
	private static List<String> errors(Schema schema, String json) {
		return schema.validate(json, InputFormat.JSON).stream().map(MicrosoftSchemas::describe).toList();
	}

	private static String describe(Error error) {
		String where = error.getInstanceLocation().toString();
		return (where.isEmpty() ? "/" : where) + " " + error.getKeyword() + " " + Arrays.toString(error.getArguments());
	}

}
