// libyaml, the C YAML parser (Debian: libyaml-dev). GuideContent reads its events into a tree.
#include <yaml.h>
