/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's layout as a user sees it, at 360 px and 1280 px: nothing
 * drawn outside its allocation, rows that grow with their text, a page
 * that scrolls wherever the pointer is, a card selected wherever it is
 * clicked. Run under a display (xvfb-run);
 * the screenshots of the whole results page go to
 * <build>/tests/screenshots/ (results-<width>-<status>-<lang>.png). */
#include "config.h"

#include <adwaita.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "ps-ui-test-utils.h"
#include "ps-application.h"
#include "ps-inputs-page.h"
#include "ps-results-view.h"
#include "ps-status-card.h"
#include "ps-window.h"

/* The results page's scrolled content, whole. */
static GtkWidget *
results_content (PsWindow *window)
{
  GtkWidget *scroller = gtk_widget_get_first_child (GTK_WIDGET (ps_window_get_results_view (window)));

  GtkWidget *viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));

  return gtk_viewport_get_child (GTK_VIEWPORT (viewport));
}

static void
show_results (PsWindow *window)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL);
  ps_ui_iterate (400);
}

static void
shoot_statuses (PsWindow   *window,
                const char *prefix)
{
  PsResultsView *results = ps_window_get_results_view (window);

  for (int s = 0; s < PS_N_STATUSES; s++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%s", prefix, ps_status_id (s));

      ps_results_view_set_selected_status (results, s);
      ps_ui_iterate (200);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      ps_ui_save_screenshot_full (results_content (window), name, PS_UI_SHOT_WINDOW_BG);
    }
}

static void
test_pages (void)
{
  PsWindow *window = ps_ui_open_window (360, 720);

  show_results (window);
  shoot_statuses (window, "results-360");
  ps_ui_close_window (window);
  window = ps_ui_open_window (1280, 800);
  shoot_statuses (window, "results-1280");
  ps_ui_close_window (window);
}

static void
type_text (PsWindow        *window,
           PsScenarioField  field,
           const char      *text)
{
  ps_ui_type_field (window, field, text);
  /* and the page laid out again */
  ps_ui_iterate (290);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  ps_ui_iterate (100);
}

/* Every label under @widget gets at least the height it needs for the
 * width it was given: a wrapped text drawn over what follows otherwise. */
static int
assert_labels_fit (GtkWidget *widget)
{
  int n = 0;

  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    {
      graphene_rect_t bounds;
      int width, height, minimum, natural;

      /* the measure counts the margins and the CSS box; the border box
       * counts the CSS box */
      g_assert_true (gtk_widget_compute_bounds (widget, widget, &bounds));
      width = (int) bounds.size.width;
      height = (int) bounds.size.height;
      gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL,
                          width + gtk_widget_get_margin_start (widget) + gtk_widget_get_margin_end (widget),
                          &minimum, &natural, NULL, NULL);
      minimum -= gtk_widget_get_margin_top (widget) + gtk_widget_get_margin_bottom (widget);
      if (height < minimum)
        g_error ("“%s”: %d px high for %d px wide, needs %d", gtk_label_get_label (GTK_LABEL (widget)),
                 height, width, minimum);
      n++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += assert_labels_fit (child);
  return n;
}

/* The warnings box holds its text: each row as high as its label needs
 * at the row's width, at 360 and 1280 px, after the days are edited. */
static void
test_warnings_fit (void)
{
  const int widths[] = { 360, 1280 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      PsWindow *window = ps_ui_open_window (widths[w], 800);
      GtkWidget *box = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (ps_window_get_results_view (window)),
                                                      PS_TYPE_RESULTS_VIEW, "warnings_box");
      const char *days[] = { "20", "150", "218", "200" };
      g_autofree char *name = g_strdup_printf ("warnings-%d", widths[w]);
      int n_rows = 0;

      if (widths[w] == 360)
        show_results (window);
      for (guint d = 0; d < G_N_ELEMENTS (days); d++)
        {
          type_text (window, PS_SCENARIO_FIELD_DAYS, days[d]);
          /* a badge or a warning never widens the window */
          if (widths[w] == 360)
            g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);
          for (GtkWidget *row = gtk_widget_get_first_child (box); row != NULL;
               row = gtk_widget_get_next_sibling (row))
            {
              GtkWidget *label = gtk_widget_get_last_child (row);
              int minimum, natural;

              g_assert_true (GTK_IS_LABEL (label));
              gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (label),
                                  &minimum, &natural, NULL, NULL);
              g_assert_cmpint (gtk_widget_get_height (row), >=, natural);
              g_assert_cmpint (gtk_widget_get_height (label), >=, natural);
              n_rows++;
            }
          g_assert_cmpint (assert_labels_fit (results_content (window)), >, 20);
        }
      g_assert_cmpint (n_rows, >=, 2);
      ps_ui_save_screenshot_full (results_content (window), name, PS_UI_SHOT_WINDOW_BG);
      ps_ui_close_window (window);
    }
}

/* Mouse-wheel clicks (4 up, 5 down) through the X server, with the pointer
 * at the centre of @widget's visible part. FALSE where that can't be done. */
static gboolean
wheel_over (PsWindow  *window,
            GtkWidget *widget,
            int        button,
            int        clicks)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  graphene_rect_t bounds;
  g_autofree char *command = NULL;
  g_autoptr (GError) error = NULL;
  double sx, sy, top, bottom;
  int status = 0;

  if (xdotool == NULL || !GDK_IS_X11_SURFACE (surface))
    return FALSE;
  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &bounds));
  top = MAX (bounds.origin.y, 60);
  bottom = MIN (bounds.origin.y + bounds.size.height, gtk_widget_get_height (GTK_WIDGET (window)) - 10);
  g_assert_cmpfloat (bottom, >, top);
  gtk_native_get_surface_transform (GTK_NATIVE (window), &sx, &sy);
  command = g_strdup_printf ("%s mousemove --sync --window %lu %d %d click --repeat %d --delay 30 %d", xdotool,
                             (unsigned long) gdk_x11_surface_get_xid (surface),
                             (int) (bounds.origin.x + bounds.size.width / 4 + sx), (int) ((top + bottom) / 2 + sy),
                             clicks, button);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  ps_ui_iterate (300);
  return TRUE;
#else
  return FALSE;
#endif
}

/* The adjustment's value once it has moved past @before + @by, or after
 * 5 s: the wheel's events may take a while to arrive on a busy machine. */
static double
wait_scrolled (GtkAdjustment *adjustment,
               double         before,
               double         by)
{
  for (int i = 0; i < 50 && gtk_adjustment_get_value (adjustment) <= before + by; i++)
    ps_ui_iterate (100);
  return gtk_adjustment_get_value (adjustment);
}

/* The page scrolls with the pointer over the contribution table, down to
 * the tips, at 1280 and at 360 px. */
static void
test_scroll_over_table (void)
{
  const int widths[] = { 1280, 360 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      PsWindow *window = ps_ui_open_window (widths[w], 800);
      PsResultsView *results = ps_window_get_results_view (window);
      GtkWidget *scroller = gtk_widget_get_first_child (GTK_WIDGET (results));
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
      /* the table, or its rows at 360 px */
      GtkWidget *table = GTK_WIDGET (ps_results_view_get_breakdown (results));
      graphene_rect_t bounds;
      double before, after;

      if (widths[w] == 360)
        show_results (window);
      /* over the key figures, the page scrolls */
      {
        GtkWidget *summary = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (results), PS_TYPE_RESULTS_VIEW,
                                                                          "summary_list");

        g_assert_true (gtk_widget_compute_bounds (summary, results_content (window), &bounds));
        gtk_adjustment_set_value (adjustment, bounds.origin.y - 100);
        /* drawn where it now is (a busy machine lags), before the pointer goes there */
        ps_ui_iterate (200);
        gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
        before = gtk_adjustment_get_value (adjustment);
        if (!wheel_over (window, summary, 5, 3))
          {
            g_test_skip ("needs xdotool and an X11 display");
            ps_ui_close_window (window);
            return;
          }
        after = wait_scrolled (adjustment, before, 20);
        g_test_message ("%d px, over the key figures: %.0f → %.0f", widths[w], before, after);
        g_assert_cmpfloat (after, >, before + 20);
      }
      /* the table's top in view */
      g_assert_true (gtk_widget_compute_bounds (table, results_content (window), &bounds));
      gtk_adjustment_set_value (adjustment, bounds.origin.y - 100);
      ps_ui_iterate (200);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      before = gtk_adjustment_get_value (adjustment);
      g_assert_true (wheel_over (window, table, 5, 3));
      after = wait_scrolled (adjustment, before, 20);
      g_test_message ("%d px: %.0f → %.0f", widths[w], before, after);
      g_assert_cmpfloat (after, >, before + 20);
      ps_ui_close_window (window);
    }
}

/* The labels and amounts under @widget that are shown stay within
 * @viewport's width, and every amount (a numeric label) gets at least its
 * natural width: nothing off to the side, nothing cut. */
static int
assert_within (GtkWidget *widget,
               GtkWidget *viewport)
{
  int n = 0;

  if (!gtk_widget_get_mapped (widget))
    return 0;
  if (GTK_IS_LABEL (widget) && *gtk_label_get_label (GTK_LABEL (widget)) != '\0')
    {
      graphene_rect_t bounds;
      int natural;

      g_assert_true (gtk_widget_compute_bounds (widget, viewport, &bounds));
      if (bounds.origin.x < 0 || bounds.origin.x + bounds.size.width > gtk_widget_get_width (viewport) + 0.5)
        g_error ("“%s” is at %.0f–%.0f px, the page %d px wide", gtk_label_get_label (GTK_LABEL (widget)),
                 bounds.origin.x, bounds.origin.x + bounds.size.width, gtk_widget_get_width (viewport));
      if (gtk_widget_has_css_class (widget, "numeric"))
        {
          gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
          natural -= gtk_widget_get_margin_start (widget) + gtk_widget_get_margin_end (widget);
          if (gtk_widget_get_width (widget) < natural)
            g_error ("“%s”: %d px wide, needs %d", gtk_label_get_label (GTK_LABEL (widget)),
                     gtk_widget_get_width (widget), natural);
        }
      n++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += assert_within (child, viewport);
  return n;
}

static void
wait_for_narrow (PsBreakdown *breakdown,
                 gboolean     narrow)
{
  /* the rows are made in an idle the first time: let the layout settle */
  for (int i = 0; i < 300 && ps_breakdown_get_narrow (breakdown) != narrow; i++)
    ps_ui_iterate (10);
  ps_ui_iterate (100);
  g_assert_cmpint (ps_breakdown_get_narrow (breakdown), ==, narrow);
}

/* At 360 px the contribution table becomes rows: each line's label, then
 * its amounts under it with their captions, all within the page, for
 * every status. At 1280 px it is the table, whole, with no sideways
 * scrolling. */
static void
test_narrow_table_rows (void)
{
  PsWindow *window = ps_ui_open_window (360, 800);
  PsResultsView *results = ps_window_get_results_view (window);
  PsBreakdown *breakdown = ps_results_view_get_breakdown (results);
  GtkWidget *scroller = gtk_widget_get_first_child (GTK_WIDGET (results));
  GtkWidget *viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  GtkWidget *table = ps_breakdown_get_table (breakdown);
  GtkWidget *rows = ps_breakdown_get_rows (breakdown);

  show_results (window);
  wait_for_narrow (breakdown, TRUE);
  for (int s = 0; s < PS_N_STATUSES; s++)
    {
      guint n_lines;
      int n_rows = 0;

      ps_results_view_set_selected_status (results, s);
      ps_ui_iterate (200);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      g_assert_true (ps_breakdown_get_narrow (breakdown));
      g_assert_true (gtk_widget_get_mapped (rows));
      g_assert_false (gtk_widget_get_mapped (table));
      n_lines = g_list_model_get_n_items (ps_results_view_get_lines (results));
      for (GtkWidget *row = gtk_widget_get_first_child (rows); row != NULL; row = gtk_widget_get_next_sibling (row))
        n_rows += GTK_IS_LIST_BOX_ROW (row);
      g_assert_cmpint (n_rows, ==, n_lines);
      /* a label, a caption and an amount per line at least */
      g_assert_cmpint (assert_within (rows, viewport), >=, 3 * n_lines);
      assert_labels_fit (rows);
    }
  /* per year: the amounts are longer, and fit too */
  ps_results_view_set_period (results, PS_PERIOD_YEAR);
  for (int s = 0; s < PS_N_STATUSES; s++)
    {
      ps_results_view_set_selected_status (results, s);
      ps_ui_iterate (200);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      g_assert_true (ps_breakdown_get_narrow (breakdown));
      g_assert_cmpint (assert_within (rows, viewport), >, 0);
      assert_labels_fit (rows);
    }
  ps_results_view_set_selected_status (results, PS_STATUS_SASU);
  ps_ui_iterate (200);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  ps_ui_save_screenshot_full (results_content (window), "results-360-year-sasu", PS_UI_SHOT_WINDOW_BG);
  ps_results_view_set_period (results, PS_PERIOD_MONTH);
  ps_ui_close_window (window);

  window = ps_ui_open_window (1280, 800);
  results = ps_window_get_results_view (window);
  breakdown = ps_results_view_get_breakdown (results);
  table = ps_breakdown_get_table (breakdown);
  ps_ui_iterate (200);
  wait_for_narrow (breakdown, FALSE);
  for (int p = 0; p < 2; p++)
    for (int s = 0; s < PS_N_STATUSES; s++)
      {
        int minimum, bottom = 0;
        guint n_labels = 0;

        ps_results_view_set_period (results, p == 0 ? PS_PERIOD_MONTH : PS_PERIOD_YEAR);
        ps_results_view_set_selected_status (results, s);
        /* one frame: the table is its right height at once */
        gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
        g_assert_false (ps_breakdown_get_narrow (breakdown));
        g_assert_true (gtk_widget_get_mapped (table));
        g_assert_false (gtk_widget_get_mapped (ps_breakdown_get_rows (breakdown)));
        /* whole: no wider than the page, no narrower than itself */
        gtk_widget_measure (table, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
        g_assert_cmpint (gtk_widget_get_width (table), >=, minimum);
        g_assert_cmpint (gtk_widget_get_width (table), <=, gtk_widget_get_width (GTK_WIDGET (breakdown)));
        {
          graphene_rect_t t;

          /* (the table's box, its padding included) */
          g_assert_true (gtk_widget_compute_bounds (table, GTK_WIDGET (breakdown), &t));
          g_assert_cmpint ((int) t.size.height, ==, gtk_widget_get_height (GTK_WIDGET (breakdown)));
        }
        /* every line has its row, within the table, wrapped labels too,
         * each cell as tall as its text */
        for (GtkWidget *cell = gtk_widget_get_first_child (table); cell != NULL; cell = gtk_widget_get_next_sibling (cell))
          if (gtk_widget_get_mapped (cell))
            {
              graphene_rect_t b;
              int needed;

              g_assert_true (gtk_widget_compute_bounds (cell, table, &b));
              bottom = MAX (bottom, (int) (b.origin.y + b.size.height));
              /* (measured and bounded with its padding) */
              gtk_widget_measure (cell, GTK_ORIENTATION_VERTICAL, (int) b.size.width, &needed, NULL, NULL, NULL);
              g_assert_cmpint ((int) b.size.height, >=, needed);
              n_labels++;
            }
        g_assert_cmpint (bottom, <=, gtk_widget_get_height (table));
        /* the headings, then three cells a line at least */
        g_assert_cmpuint (n_labels, >=, 4 + 3 * g_list_model_get_n_items (ps_results_view_get_lines (results)));
      }
  ps_results_view_set_period (results, PS_PERIOD_MONTH);
  ps_ui_close_window (window);
}

/* No text of the window ellipsized ("Micro-entrepr…") under @widget. */
static int
assert_no_ellipsis (GtkWidget *widget)
{
  int n = 0;

  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    {
      if (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))))
        g_error ("“%s” is cut", gtk_label_get_label (GTK_LABEL (widget)));
      n++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += assert_no_ellipsis (child);
  return n;
}

/* The window goes down to 360 px, and there every status card shows its
 * name and badges whole, the inputs' labels too, and ends with its
 * content (no empty foot: one a line, each its own height). */
static void
test_narrow_whole_text (void)
{
  PsWindow *window = ps_ui_open_window (360, 800);
  PsResultsView *results = ps_window_get_results_view (window);
  int minimum;

  /* the content (the window's measure adds its frame's shadow) */
  gtk_widget_measure (gtk_widget_get_first_child (GTK_WIDGET (window)), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, 360);
  ps_ui_save_screenshot_full (GTK_WIDGET (window), "narrow-inputs", PS_UI_SHOT_WINDOW_BG);
  g_assert_cmpint (assert_no_ellipsis (GTK_WIDGET (ps_window_get_inputs_page (window))), >, 10);
  show_results (window);
  for (int s = 0; s < PS_N_STATUSES; s++)
    g_assert_cmpint (assert_no_ellipsis (GTK_WIDGET (ps_results_view_get_card (results, s))), >, 3);
  /* one card a line, each as tall as its content: no empty foot */
  ps_ui_iterate (100);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  for (int s = 0; s < PS_N_STATUSES; s++)
    {
      GtkWidget *card = GTK_WIDGET (ps_results_view_get_card (results, s));
      int height, natural;

      gtk_widget_measure (card, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (card), &minimum, &natural, NULL, NULL);
      height = gtk_widget_get_height (card);
      g_test_message ("card %d: %d px tall for %d–%d px of content", s, height, minimum, natural);
      g_assert_cmpint (height, >=, minimum);
      g_assert_cmpint (height, <=, natural + 1);
    }
  ps_ui_close_window (window);

  /* two a line: a line's cards share their width (to the pixel left
   * over) and height */
  window = ps_ui_open_window (1280, 800);
  results = ps_window_get_results_view (window);
  g_assert_cmpint (ABS (gtk_widget_get_width (GTK_WIDGET (ps_results_view_get_card (results, 0)))
                        - gtk_widget_get_width (GTK_WIDGET (ps_results_view_get_card (results, 1)))), <=, 1);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (ps_results_view_get_card (results, 0))), ==,
                   gtk_widget_get_height (GTK_WIDGET (ps_results_view_get_card (results, 1))));
  ps_ui_close_window (window);
}

/* A click where a user clicks: through the X server (xdotool), at the
 * centre of @widget. FALSE (the test skipped) where that cannot be done. */
static gboolean
click_widget (PsWindow  *window,
              GtkWidget *widget)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  graphene_point_t point;
  double sx, sy;
  g_autofree char *command = NULL;
  g_autoptr (GError) error = NULL;
  int status = 0;

  if (xdotool == NULL || !GDK_IS_X11_SURFACE (surface))
    {
      g_test_skip ("needs xdotool and an X11 display");
      return FALSE;
    }
  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (window),
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.0,
                                                                 gtk_widget_get_height (widget) / 2.0),
                                           &point));
  gtk_native_get_surface_transform (GTK_NATIVE (window), &sx, &sy);
  command = g_strdup_printf ("%s mousemove --sync --window %lu %d %d click 1", xdotool,
                             (unsigned long) gdk_x11_surface_get_xid (surface),
                             (int) (point.x + sx), (int) (point.y + sy));
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return TRUE;
#else
  g_test_skip ("needs xdotool and an X11 display");
  return FALSE;
#endif
}

/* Waits for the click to select @status, for a while. */
static void
assert_selected (PsResultsView *results,
                 PsStatus       status)
{
  for (int i = 0; i < 500 && ps_results_view_get_selected_status (results) != status; i++)
    ps_ui_iterate (10);
  g_assert_cmpint (ps_results_view_get_selected_status (results), ==, status);
}

/* A click anywhere on a status card selects it, its big amount (a
 * selectable label) included. */
static void
test_click_card (void)
{
  PsWindow *window = ps_ui_open_window (1280, 800);
  PsResultsView *results = ps_window_get_results_view (window);
  PsStatusCard *cdi = ps_results_view_get_card (results, PS_STATUS_CDI);
  PsStatusCard *sasu = ps_results_view_get_card (results, PS_STATUS_SASU);
  GtkWidget *amount = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (cdi), PS_TYPE_STATUS_CARD,
                                                                 "amount_label"));
  GtkWidget *name = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (sasu), PS_TYPE_STATUS_CARD,
                                                               "name_label"));

  g_assert_cmpint (ps_results_view_get_selected_status (results), ==, PS_STATUS_PORTAGE);
  if (!click_widget (window, amount))
    {
      ps_ui_close_window (window);
      return;
    }
  assert_selected (results, PS_STATUS_CDI);
  click_widget (window, name);
  assert_selected (results, PS_STATUS_SASU);
  ps_ui_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  if (!ps_ui_init (&argc, &argv))
    return 0;

  g_test_add_func ("/ps/window-layout/warnings-fit", test_warnings_fit);
  g_test_add_func ("/ps/window-layout/scroll-over-table", test_scroll_over_table);
  g_test_add_func ("/ps/window-layout/narrow-table-rows", test_narrow_table_rows);
  g_test_add_func ("/ps/window-layout/narrow-whole-text", test_narrow_whole_text);
  g_test_add_func ("/ps/window-layout/pages", test_pages);
  g_test_add_func ("/ps/window-layout/click-card", test_click_card);
  return g_test_run ();
}
