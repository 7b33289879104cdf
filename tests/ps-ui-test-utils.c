/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the window's test programs share: the main loop for a while, and
 * screenshots into the build folder. */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "ps-ui-test-utils.h"

void
ps_ui_iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
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

void
ps_ui_save_screenshot (GtkWidget  *widget,
                       const char *name)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                           "screenshots", NULL);
  g_autofree char *file = g_strdup_printf ("%s-%s.png", name, ps_ui_shot_tag ());
  g_autofree char *path = g_build_filename (dir, file, NULL);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);

  for (int i = 0; node == NULL && i < 100; i++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      ps_ui_iterate (20);
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}
