/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the window's test programs share: their start, the main loop for a
 * while, opening and closing a window, scrolling to a widget, typing into
 * a field, finding what a page shows, and screenshots into the build
 * folder; and the window's parts that several of them read and set. */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "ps-ui-test-utils.h"
#include "ps-money.h"
#include "ps-rates.h"
#include "ps-results-view.h"
#include "ps-status-card.h"

gboolean
ps_ui_init (int    *argc,
            char ***argv)
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      /* TAP: skip the whole program */
      g_print ("1..0 # SKIP no display: run under xvfb-run (build-aux/test.sh does)\n");
      return FALSE;
    }

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PORTAGE_SIMULATOR_LOCALEDIR") != NULL
                                   ? g_getenv ("PORTAGE_SIMULATOR_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (argc, argv, NULL);
  /* gtk_test_init () sets en_US: back to the environment's (C.UTF-8 in
   * the suite; fr_FR.UTF-8 for French screenshots) */
  setlocale (LC_ALL, "");
  adw_init ();
  /* each test starts from the defaults, not from what the last one
   * stored (a test of the restore turns it on) */
  {
    g_autoptr (GSettings) s = g_settings_new (APP_ID);

    g_settings_set_boolean (s, "restore-last-scenario", FALSE);
  }
  /* the style sheet AdwApplication would load */
  {
    g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  return TRUE;
}

void
ps_ui_iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

void
ps_ui_wait_for_width (GtkWidget *window,
                      int        width)
{
  gtk_test_widget_wait_for_draw (window);
  /* until the size settles (a screen smaller than asked clamps it) */
  for (int i = 0, last = -1, same = 0; i < 200 && same < 5; i++)
    {
      int now = gtk_widget_get_width (window);

      same = now == last ? same + 1 : 0;
      last = now;
      if (now == width)
        break;
      ps_ui_iterate (10);
    }
}

PsWindow *
ps_ui_open_window (int width,
                   int height)
{
  PsWindow *window = ps_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  ps_ui_wait_for_width (GTK_WIDGET (window), width);
  /* what is under the cards is shown after the first frame: laid out */
  {
    GtkWidget *below = gtk_widget_get_parent (GTK_WIDGET (ps_results_view_get_breakdown (ps_window_get_results_view (window))));

    for (int i = 0; i < 500 && !gtk_widget_get_visible (below); i++)
      ps_ui_iterate (10);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  }
  ps_ui_iterate (100);
  return window;
}

void
ps_ui_close_window (gpointer window)
{
  g_assert_true (GTK_IS_WINDOW (window));
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  ps_ui_iterate (20);
  g_assert_finalize_object (window);
}

void
ps_ui_show_view (PsWindow   *window,
                 const char *name)
{
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), PS_TYPE_WINDOW,
                                                                       "view_stack"));

  adw_view_stack_set_visible_child_name (stack, name);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  /* the buttons' background transition is 200 ms */
  ps_ui_iterate (300);
}

void
ps_ui_scroll_to (GtkWidget *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkPolicyType vertical;
  GtkAdjustment *adjustment;
  double x, y;

  for (;;)
    {
      gtk_scrolled_window_get_policy (GTK_SCROLLED_WINDOW (scroller), NULL, &vertical);
      if (vertical != GTK_POLICY_NEVER)
        break;
      scroller = gtk_widget_get_ancestor (gtk_widget_get_parent (scroller), GTK_TYPE_SCROLLED_WINDOW);
    }
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  /* again while the page above it is still growing (a narrow window
   * lays its cards out after being shown) */
  for (int i = 0; i < 5; i++)
    {
      GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));

      /* the page inside the viewport: its coordinates don't scroll */
      if (GTK_IS_VIEWPORT (content))
        content = gtk_viewport_get_child (GTK_VIEWPORT (content));
      g_assert_true (gtk_widget_translate_coordinates (widget, content, 0, 0, &x, &y));
      gtk_adjustment_set_value (adjustment, y - 12);
      ps_ui_iterate (100);
    }
}

void
ps_ui_type_field (PsWindow        *window,
                  PsScenarioField  field,
                  const char      *text)
{
  GtkWidget *row = ps_inputs_page_get_row (ps_window_get_inputs_page (window), field);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  ps_ui_iterate (10);
}

int
ps_ui_count_visible_with_class (GtkWidget  *widget,
                                const char *css)
{
  int n = gtk_widget_get_visible (widget) && gtk_widget_has_css_class (widget, css) ? 1 : 0;

  if (!gtk_widget_get_visible (widget))
    return 0;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    n += ps_ui_count_visible_with_class (c, css);
  return n;
}

gboolean
ps_ui_shows_text (GtkWidget  *widget,
                  const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget)
      && strstr (gtk_label_get_label (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (ps_ui_shows_text (c, text))
      return TRUE;
  return FALSE;
}

const char *
ps_ui_shot_tag (void)
{
  static char tag[32];
  const char *lang = g_getenv ("LANGUAGE");
  const char *messages = setlocale (LC_MESSAGES, NULL);
  const char *scheme = g_getenv ("ADW_DEBUG_COLOR_SCHEME");
  gboolean fr = (lang != NULL && g_str_has_prefix (lang, "fr")) || (messages != NULL && g_str_has_prefix (messages, "fr"));

  g_snprintf (tag, sizeof tag, "%s%s", fr ? "fr" : "en",
              scheme != NULL && strstr (scheme, "dark") != NULL ? "-dark" : "");
  return tag;
}

GdkTexture *
ps_ui_render (GtkWidget     *widget,
              PsUiShotFlags  flags)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  g_autoptr (GskRenderNode) node = NULL;
  int width = 0, height = 0;

  /* on a busy machine the widget may not have drawn yet: let it */
  for (int i = 0; node == NULL && i < 100; i++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      ps_ui_iterate (20);
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      if (flags & PS_UI_SHOT_WINDOW_BG)
        {
          GdkRGBA background = { 1, 1, 1, 1 };

          gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (gtk_widget_get_root (widget))),
                                          "window_bg_color", &background);
          gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, height));
        }
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

char *
ps_ui_screenshot (GtkWidget     *widget,
                  const char    *name,
                  PsUiShotFlags  flags)
{
  g_autoptr (GdkTexture) texture = ps_ui_render (widget, flags);
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                           "screenshots", NULL);
  g_autofree char *file = g_strdup_printf ("%s-%s.png", name, ps_ui_shot_tag ());
  char *path = g_build_filename (dir, file, NULL);

  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
  return path;
}

void
ps_ui_save_screenshot (GtkWidget  *widget,
                       const char *name)
{
  g_free (ps_ui_screenshot (widget, name, PS_UI_SHOT_DEFAULT));
}

void
ps_ui_save_screenshot_full (GtkWidget     *widget,
                            const char    *name,
                            PsUiShotFlags  flags)
{
  g_free (ps_ui_screenshot (widget, name, flags));
}

/* ------------------------------------------------------------ the window's parts */

/* The engine's figures for the window's current inputs, computed here. */
PsComparison *
ps_ui_engine_comparison (const PsScenario *scenario)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PsRates) rates = NULL;
  const PsParams *params;
  PsComparison *c = g_new0 (PsComparison, 1);
  PsDate date = ps_rates_default_date ();

  rates = ps_rates_new_for_year (PS_DATE_YEAR (date), &error);
  g_assert_no_error (error);
  params = ps_rates_resolve (rates, date, &error);
  g_assert_no_error (error);
  ps_comparison_compute (params, scenario, c);
  return c;
}

const char *
ps_ui_card_text (PsWindow *window,
                 PsStatus  status)
{
  return ps_status_card_get_amount_text (ps_results_view_get_card (ps_window_get_results_view (window), status));
}

GtkWidget *
ps_ui_page_child (PsWindow   *window,
                  const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (ps_window_get_inputs_page (window)),
                                                    PS_TYPE_INPUTS_PAGE, name));
}

void
ps_ui_set_switch (PsWindow   *window,
                  const char *name,
                  gboolean    active)
{
  gtk_switch_set_active (GTK_SWITCH (ps_ui_page_child (window, name)), active);
  ps_ui_iterate (10);
}

gboolean
ps_ui_get_switch (PsWindow   *window,
                  const char *name)
{
  return gtk_switch_get_active (GTK_SWITCH (ps_ui_page_child (window, name)));
}

void
ps_ui_expand (PsWindow   *window,
              const char *name)
{
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (ps_ui_page_child (window, name)), TRUE);
}

/* A field shows @value as the locale writes it ("36000", "36 000"). */
void
ps_ui_assert_field_text (PsWindow        *window,
                         PsScenarioField  field,
                         double           value)
{
  GtkWidget *row = ps_inputs_page_get_row (ps_window_get_inputs_page (window), field);
  g_autofree char *expected = ps_format_number (value, 0);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, expected);
}

GSettings *
ps_ui_settings (void)
{
  return g_settings_new (APP_ID);
}
