// Outputs exist for both specs (sub-folders kept), and each is a real file of its format.
def out = new File(basedir, 'target/hmspec')
['grid', 'maps/inline'].each { slug ->
    def html = new File(out, slug + '.html')
    def svg = new File(out, slug + '.svg')
    def png = new File(out, slug + '.png')
    assert html.isFile() && svg.isFile() && png.isFile() : "missing outputs of ${slug} in ${out.list()}"
    assert html.getText('UTF-8').contains('<svg') : "${html} has no inline SVG"
    def root = new groovy.xml.XmlSlurper().parse(svg)
    assert root.name() == 'svg' : "${svg} is not an SVG document"
    byte[] magic = png.bytes[0..7] as byte[]
    assert magic == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] as byte[] : "${png} is not a PNG"
    assert javax.imageio.ImageIO.read(png).width > 0
}
assert new File(out, '.hmspec-state.properties').isFile()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('hmspec: checked 2 specs, no errors')
assert log.contains('hmspec: 2 specs rendered, 0 up to date, 0 failed')
return true
