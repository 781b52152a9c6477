package uk.opcc.quorum.bot.meet;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.site.SiteProperties;

/**
 * A year at a glance drawn as a small PNG for a Teams card, where secretaries would
 * rather look than read a list of dates: twelve months of Monday-first weeks, three
 * months a row, meeting days filled in the office's colour, papers deadlines outlined in
 * it, bank holidays grey, cancelled meetings struck through, and a legend.
 * <p>
 * Teams refuses a message over about 28 KB and the picture travels inside the card as a
 * data URI (a third larger than the file), so the image is written with a palette of 16
 * colours, 4 bits a pixel: the base colours and a few blends between them for smooth
 * text. The font is Liberation Sans, which the decisions module ships for its PDFs, so
 * the picture is the same on every server; drawing needs no display (headless AWT).
 */
@Component
class YearPicture {

	/** A day's square, in pixels. */
	static final int CELL = 20;

	static final int COLUMNS = 3;

	static final int ROWS = 12 / COLUMNS;

	static final int MARGIN = 12;

	/** Between months, across and down. */
	static final int GAP = 14;

	static final int TITLE = 26;

	static final int MONTH_TITLE = 18;

	static final int WEEKDAYS = 14;

	/**
	 * The most weeks a month spans (Monday first): a 31-day month starting on Saturday.
	 */
	static final int WEEKS = 6;

	static final int LEGEND = 22;

	static final int MONTH_WIDTH = 7 * CELL;

	static final int MONTH_HEIGHT = MONTH_TITLE + WEEKDAYS + WEEKS * CELL;

	static final int WIDTH = 2 * MARGIN + COLUMNS * MONTH_WIDTH + (COLUMNS - 1) * GAP;

	static final int HEIGHT = 2 * MARGIN + TITLE + ROWS * MONTH_HEIGHT + (ROWS - 1) * GAP + LEGEND;

	private static final String FONTS = "/uk/opcc/quorum/decisions/render/fonts/";

	private static final Color PAPER = Color.WHITE;

	private static final Color INK = new Color(0x222222);

	/** Weekends and weekday letters: 5.3:1 on white. */
	private static final Color MUTED = new Color(0x6b6b6b);

	private static final Color HOLIDAY = new Color(0xd6d6d6);

	private final Color primary;

	private final Color onPrimary;

	/** Papers deadlines: the office's colour, or a dark blue when that is too light. */
	private final Color outline;

	private final Font regular;

	private final Font bold;

	private final IndexColorModel palette;

	YearPicture(SiteProperties site) {
		this.primary = Color.decode(site.primaryColour());
		this.onPrimary = Color.decode(site.onPrimary());
		this.outline = Color.decode(site.linkColour());
		this.regular = font("LiberationSans-Regular.ttf", Font.PLAIN);
		this.bold = font("LiberationSans-Bold.ttf", Font.BOLD);
		this.palette = palette();
	}

	/**
	 * Where a day is drawn: month 0 to 11, its week row from 0, weekday 0 (Monday) to 6.
	 */
	static Rectangle cell(int month, int week, int weekday) {
		int x = MARGIN + (month % COLUMNS) * (MONTH_WIDTH + GAP) + weekday * CELL;
		int y = monthTop(month) + MONTH_TITLE + WEEKDAYS + week * CELL;
		return new Rectangle(x, y, CELL, CELL);
	}

	/** The calendar as a PNG of {@link #WIDTH} by {@link #HEIGHT} pixels. */
	byte[] png(YearAtAGlance calendar) {
		BufferedImage drawn = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = drawn.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setColor(PAPER);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setColor(INK);
			g.setFont(bold.deriveFont(15f));
			g.drawString(calendar.title() + " " + calendar.year(), MARGIN, MARGIN + 16);
			for (int m = 0; m < calendar.months().size(); m++) {
				month(g, m, calendar.months().get(m));
			}
			legend(g, calendar.holidaysKnown());
		}
		finally {
			g.dispose();
		}
		return encode(drawn);
	}

	private void month(Graphics2D g, int index, YearAtAGlance.MonthView month) {
		int left = MARGIN + (index % COLUMNS) * (MONTH_WIDTH + GAP);
		int top = monthTop(index);
		g.setColor(INK);
		g.setFont(bold.deriveFont(12f));
		g.drawString(Month.of(index + 1).getDisplayName(TextStyle.FULL, Locale.UK), left + 2, top + 13);
		g.setColor(MUTED);
		g.setFont(regular.deriveFont(9.5f));
		for (DayOfWeek day : DayOfWeek.values()) {
			centre(g, day.getDisplayName(TextStyle.NARROW, Locale.UK),
					new Rectangle(left + (day.getValue() - 1) * CELL, top + MONTH_TITLE, CELL, WEEKDAYS));
		}
		g.setFont(regular.deriveFont(10.5f));
		for (int w = 0; w < month.weeks().size(); w++) {
			List<YearAtAGlance.DayView> week = month.weeks().get(w);
			for (int d = 0; d < week.size(); d++) {
				if (!week.get(d).blank()) {
					day(g, cell(index, w, d), week.get(d));
				}
			}
		}
	}

	private void day(Graphics2D g, Rectangle cell, YearAtAGlance.DayView day) {
		// a pixel between days, so that neighbouring meetings or holidays stay apart
		Rectangle box = new Rectangle(cell.x + 1, cell.y + 1, cell.width - 2, cell.height - 2);
		Color text = day.weekend() ? MUTED : INK;
		if (day.holiday()) {
			fill(g, box, HOLIDAY);
			text = INK;
		}
		if (day.meeting()) {
			fill(g, box, primary);
			text = onPrimary;
		}
		if (day.deadline()) {
			outline(g, box, day.meeting() ? onPrimary : outline);
		}
		g.setColor(text);
		centre(g, Integer.toString(day.date().getDayOfMonth()), cell);
		if (cancelled(day)) {
			strike(g, box);
		}
	}

	private void legend(Graphics2D g, boolean holidaysKnown) {
		int y = HEIGHT - MARGIN - 14;
		int x = MARGIN;
		List<String> labels = new ArrayList<>(List.of("Meeting", "Papers due", "Cancelled"));
		if (holidaysKnown) {
			labels.add("Bank holiday");
		}
		g.setFont(regular.deriveFont(11f));
		FontMetrics metrics = g.getFontMetrics();
		for (String label : labels) {
			Rectangle swatch = new Rectangle(x, y, 14, 14);
			switch (label) {
				case "Meeting" -> fill(g, swatch, primary);
				case "Papers due" -> outline(g, swatch, outline);
				case "Cancelled" -> strike(g, swatch);
				default -> fill(g, swatch, HOLIDAY);
			}
			g.setColor(INK);
			g.drawString(label, x + 19, y + 11);
			x += 19 + metrics.stringWidth(label) + 16;
		}
	}

	private static int monthTop(int month) {
		return MARGIN + TITLE + (month / COLUMNS) * (MONTH_HEIGHT + GAP);
	}

	/** A cancelled meeting on a day with no other meeting. */
	private static boolean cancelled(YearAtAGlance.DayView day) {
		return !day.meeting()
				&& day.events().stream().anyMatch(e -> e.kind() == YearAtAGlance.Kind.MEETING && e.cancelled());
	}

	private static void fill(Graphics2D g, Rectangle box, Color colour) {
		g.setColor(colour);
		g.fillRect(box.x, box.y, box.width, box.height);
	}

	private static void outline(Graphics2D g, Rectangle box, Color colour) {
		g.setColor(colour);
		g.fillRect(box.x, box.y, box.width, 2);
		g.fillRect(box.x, box.y + box.height - 2, box.width, 2);
		g.fillRect(box.x, box.y, 2, box.height);
		g.fillRect(box.x + box.width - 2, box.y, 2, box.height);
	}

	private static void strike(Graphics2D g, Rectangle box) {
		g.setColor(INK);
		g.setStroke(new BasicStroke(1.5f));
		g.drawLine(box.x + 1, box.y + box.height - 2, box.x + box.width - 2, box.y + 1);
	}

	private static void centre(Graphics2D g, String text, Rectangle box) {
		FontMetrics metrics = g.getFontMetrics();
		int x = box.x + (box.width - metrics.stringWidth(text)) / 2;
		int y = box.y + (box.height - metrics.getHeight()) / 2 + metrics.getAscent();
		g.drawString(text, x, y);
	}

	/**
	 * Each drawn pixel as its nearest palette colour (no dithering: flat areas stay flat
	 * and compress to almost nothing), written as a 4-bit indexed PNG.
	 */
	private byte[] encode(BufferedImage drawn) {
		BufferedImage indexed = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_BINARY, palette);
		WritableRaster raster = indexed.getRaster();
		Map<Integer, Integer> nearest = new HashMap<>();
		for (int y = 0; y < HEIGHT; y++) {
			for (int x = 0; x < WIDTH; x++) {
				int rgb = drawn.getRGB(x, y) & 0xffffff;
				raster.setSample(x, y, 0, nearest.computeIfAbsent(rgb, this::nearest));
			}
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		ImageWriteParam smallest = writer.getDefaultWriteParam();
		smallest.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		smallest.setCompressionQuality(0f);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(png)) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(indexed, null, null), smallest);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return png.toByteArray();
	}

	private int nearest(int rgb) {
		int best = 0;
		long bestDistance = Long.MAX_VALUE;
		for (int i = 0; i < palette.getMapSize(); i++) {
			long dr = ((rgb >> 16) & 0xff) - palette.getRed(i);
			long dg = ((rgb >> 8) & 0xff) - palette.getGreen(i);
			long db = (rgb & 0xff) - palette.getBlue(i);
			long distance = dr * dr + dg * dg + db * db;
			if (distance < bestDistance) {
				best = i;
				bestDistance = distance;
			}
		}
		return best;
	}

	/**
	 * The colours drawn, then steps between each pair that anti-aliased text or a struck
	 * line blends (boxes are square to the pixels and need none): sixteen in all.
	 */
	private IndexColorModel palette() {
		List<Color> colours = new ArrayList<>(List.of(PAPER, INK, MUTED, HOLIDAY, primary, onPrimary, outline));
		for (double step : new double[] { 0.25, 0.5, 0.75 }) {
			colours.add(blend(INK, PAPER, step));
		}
		Color[][] blended = { { onPrimary, primary }, { MUTED, PAPER }, { INK, HOLIDAY } };
		for (Color[] pair : blended) {
			colours.add(blend(pair[0], pair[1], 1 / 3.0));
			colours.add(blend(pair[0], pair[1], 2 / 3.0));
		}
		byte[] r = new byte[16];
		byte[] gr = new byte[16];
		byte[] b = new byte[16];
		for (int i = 0; i < colours.size(); i++) {
			r[i] = (byte) colours.get(i).getRed();
			gr[i] = (byte) colours.get(i).getGreen();
			b[i] = (byte) colours.get(i).getBlue();
		}
		return new IndexColorModel(4, 16, r, gr, b);
	}

	private static Color blend(Color from, Color to, double towards) {
		return new Color((int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * towards),
				(int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * towards),
				(int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * towards));
	}

	/**
	 * Liberation Sans from the decisions module's resources; the JVM's logical sans-serif
	 * if the jar was built without it.
	 */
	private static Font font(String file, int style) {
		try (InputStream in = YearPicture.class.getResourceAsStream(FONTS + file)) {
			if (in == null) {
				return new Font(Font.SANS_SERIF, style, 10);
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException ex) {
			throw new IllegalStateException("The font " + file + " could not be read.", ex);
		}
	}

}
