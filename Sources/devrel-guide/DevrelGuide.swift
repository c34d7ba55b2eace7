import GuideContent
@main struct DevrelGuide { static func main() throws { let p = try PackLoader.load(.bundled); print(p.topicOrder) } }
