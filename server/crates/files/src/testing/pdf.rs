//! Hand-written PDFs for tests: a page with a text layer (Helvetica, not embedded: enough for
//! poppler), and the pieces to build other one-page PDFs.

/// A one-page PDF of the given objects (the first is the catalog), written by hand.
pub fn pdf_of(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (number, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n", number + 1).as_bytes());
        pdf.extend_from_slice(object);
        pdf.extend_from_slice(b"\nendobj\n");
    }
    let xref = pdf.len();
    let size = objects.len() + 1;
    pdf.extend_from_slice(format!("xref\n0 {size}\n0000000000 65535 f \n").as_bytes());
    for offset in offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!("trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").as_bytes(),
    );
    pdf
}

/// A stream object with its dictionary entries and data.
pub fn stream(dictionary: &str, data: &[u8]) -> Vec<u8> {
    let mut object = format!("<< {dictionary} /Length {} >>\nstream\n", data.len()).into_bytes();
    object.extend_from_slice(data);
    object.extend_from_slice(b"\nendstream");
    object
}

/// A 600 × 100 pt page whose contents are object 4 and whose font or image is object 5.
pub const PAGE: &str = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 100] /Contents 4 0 R \
                    /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 5 0 R >> >> >>";

/// A page with a text layer.
pub fn text_pdf(words: &str) -> Vec<u8> {
    let content = format!("BT /F1 20 Tf 20 40 Td ({words}) Tj ET");
    pdf_of(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        PAGE.as_bytes().to_vec(),
        stream("", content.as_bytes()),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
    ])
}
