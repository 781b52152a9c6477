package uk.opcc.quorum.decisions;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** quorum.decisions.logo is read once, at start, and only a PNG or JPEG is taken. */
class NoticeLogoTests {

	@TempDir
	Path folder;

	@Test
	void aMissingOrNonImageLogoStopsTheStart() throws Exception {
		Path text = Files.writeString(folder.resolve("logo.png"), "not an image");

		assertThatThrownBy(() -> new NoticeDocuments(null, properties(folder.resolve("none.png"))))
			.hasMessageContaining("quorum.decisions.logo")
			.hasMessageContaining("none.png");
		assertThatThrownBy(() -> new NoticeDocuments(null, properties(text)))
			.hasMessageContaining("quorum.decisions.logo")
			.hasMessageContaining("PNG or JPEG");
	}

	@Test
	void aPngLogoOrNoneIsTaken() throws Exception {
		Path png = folder.resolve("logo.png");
		ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png.toFile());

		assertThatCode(() -> new NoticeDocuments(null, properties(png))).doesNotThrowAnyException();
		assertThatCode(() -> new NoticeDocuments(null, properties(null))).doesNotThrowAnyException();
	}

	private static DecisionsProperties properties(Path logo) {
		return new DecisionsProperties("YYYY/NNN", "Office", 5, URI.create("http://localhost"), logo);
	}

}
